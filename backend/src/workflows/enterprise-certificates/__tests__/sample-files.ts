/**
 * Real, minimal files for tests: a one-page PDF with a correct cross-reference table, and a complete
 * 1×1 PNG (IHDR, IDAT, IEND with their CRCs). Built here rather than stored, so the bytes are readable.
 */
export function minimalPdf(text = "Selenium test report"): Buffer {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 144] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    stream(`BT /F1 12 Tf 24 72 Td (${text}) Tj ET`),
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ]
  let body = "%PDF-1.4\n"
  const offsets: number[] = []
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, "latin1"))
    body += `${i + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = Buffer.byteLength(body, "latin1")
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  body += offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, "latin1")
}

function stream(content: string): string {
  return `<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`
}

export const MINIMAL_PNG = Buffer.from(
  "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c63d0cfb6ff0f00037f01d9e27961100000000049454e44ae426082",
  "hex"
)

/** A baseline JPEG's start: SOI, an APP0 segment, then a frame header of 2×3 pixels. */
export const MINIMAL_JPEG_HEAD = Buffer.from("ffd8ffe000104a46494600010100000100010000ffc0000b080003000201011100ffd9", "hex")
