import QRCode from "qrcode"

export interface LabelInput {
  /** The GS1 Digital Link URI the QR code opens. */
  url: string
  /** A short code a person can type or read out when the QR code will not scan. */
  shortCode: string
  productName: string
}

const COLUMNS = 3
const ROWS = 7
const CELL = { width: 70, height: 42.4 } // mm: a 3 × 7 sheet on A4
const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`)

/** An A4 SVG sheet of package labels: QR code, short code and product name, one page per 21 labels. */
export async function labelSheetSvg(labels: LabelInput[]): Promise<string[]> {
  const pages: string[] = []
  for (let start = 0; start < labels.length; start += COLUMNS * ROWS) {
    const cells = await Promise.all(labels.slice(start, start + COLUMNS * ROWS).map(labelCell))
    pages.push(
      `<svg xmlns="http://www.w3.org/2000/svg" width="210mm" height="297mm" viewBox="0 0 210 297" font-family="'Noto Sans CJK SC',sans-serif">` +
        cells.map((cell, i) => `<g transform="translate(${(i % COLUMNS) * CELL.width} ${Math.floor(i / COLUMNS) * CELL.height + 0.8})">${cell}</g>`).join("") +
        `</svg>`
    )
  }
  return pages
}

async function labelCell(label: LabelInput): Promise<string> {
  const qr = await QRCode.toString(label.url, { type: "svg", errorCorrectionLevel: "M", margin: 0 })
  const inner = qr.replace(/^[\s\S]*?<svg[^>]*viewBox="([^"]+)"[^>]*>/, '<svg x="4" y="4" width="34" height="34" viewBox="$1">')
  return [
    `<rect x="0.5" y="0.5" width="${CELL.width - 1}" height="${CELL.height - 1}" rx="2" fill="none" stroke="#ccc" stroke-width="0.2"/>`,
    inner,
    `<text x="41" y="14" font-size="3.6" font-weight="700">${escapeXml(label.productName.slice(0, 12))}</text>`,
    `<text x="41" y="22" font-size="3" font-family="monospace">${escapeXml(label.shortCode)}</text>`,
    `<text x="41" y="30" font-size="2.4" fill="#555">扫码查验真伪 · Scan to verify</text>`,
  ].join("")
}
