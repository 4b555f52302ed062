/**
 * Builds a product's image locally from its own data (name, category colour, selenium figure when
 * the product may state one), so the catalogue never depends on remote images.
 */
export interface ProductImageInput {
  titleZh: string
  titleEn: string
  categoryZh: string
  colour: string
  /** Absent for a product no certificate covers: its image makes no selenium claim either. */
  seleniumMgPerKg?: number
}

const escapeXml = (text: string): string =>
  text.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c] as string)

/** Splits a Chinese title into lines of at most `perLine` characters. */
function wrap(text: string, perLine: number): string[] {
  const chars = Array.from(text)
  const lines: string[] = []
  for (let i = 0; i < chars.length; i += perLine) lines.push(chars.slice(i, i + perLine).join(""))
  return lines
}

/** 4:3, the shape the storefront's cards and product pages show. */
export function productImageSvg(input: ProductImageInput): string {
  const lines = wrap(input.titleZh, 9)
  const firstY = 290 - ((lines.length - 1) * 76) / 2
  const titleLines = lines
    .map((line, i) => `<text x="400" y="${firstY + i * 76}" font-size="62" font-weight="700" text-anchor="middle" fill="#fff">${escapeXml(line)}</text>`)
    .join("")
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600" viewBox="0 0 800 600" font-family="'Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif">`,
    `<rect width="800" height="600" fill="${escapeXml(input.colour)}"/>`,
    `<circle cx="680" cy="90" r="170" fill="#fff" fill-opacity="0.08"/>`,
    `<circle cx="90" cy="540" r="200" fill="#000" fill-opacity="0.08"/>`,
    `<text x="48" y="78" font-size="32" fill="#fff" fill-opacity="0.85">${escapeXml(input.categoryZh)}</text>`,
    titleLines,
    `<text x="400" y="${firstY + lines.length * 76 - 8}" font-size="28" text-anchor="middle" fill="#fff" fill-opacity="0.9">${escapeXml(input.titleEn)}</text>`,
    input.seleniumMgPerKg === undefined
      ? ""
      : `<rect x="250" y="470" width="300" height="70" rx="35" fill="#fff"/>` +
        `<text x="400" y="516" font-size="32" font-weight="700" text-anchor="middle" fill="${escapeXml(input.colour)}">硒 Se ${input.seleniumMgPerKg} mg/kg</text>`,
    `</svg>`,
  ].join("")
}
