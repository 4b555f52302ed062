/**
 * Builds a product's image locally from its own data (name, category colour, selenium figure),
 * so the catalogue never depends on remote images.
 */
export interface ProductImageInput {
  titleZh: string
  titleEn: string
  categoryZh: string
  colour: string
  seleniumMgPerKg: number
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

export function productImageSvg(input: ProductImageInput): string {
  const lines = wrap(input.titleZh, 7)
  const firstY = 400 - ((lines.length - 1) * 84) / 2
  const titleLines = lines
    .map((line, i) => `<text x="400" y="${firstY + i * 84}" font-size="68" font-weight="700" text-anchor="middle" fill="#fff">${escapeXml(line)}</text>`)
    .join("")
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="800" viewBox="0 0 800 800" font-family="'Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif">`,
    `<rect width="800" height="800" fill="${escapeXml(input.colour)}"/>`,
    `<circle cx="650" cy="150" r="190" fill="#fff" fill-opacity="0.08"/>`,
    `<circle cx="120" cy="700" r="240" fill="#000" fill-opacity="0.08"/>`,
    `<text x="60" y="110" font-size="36" fill="#fff" fill-opacity="0.85">${escapeXml(input.categoryZh)}</text>`,
    titleLines,
    `<text x="400" y="${firstY + lines.length * 84 + 10}" font-size="30" text-anchor="middle" fill="#fff" fill-opacity="0.9">${escapeXml(input.titleEn)}</text>`,
    `<rect x="250" y="640" width="300" height="76" rx="38" fill="#fff"/>`,
    `<text x="400" y="690" font-size="34" font-weight="700" text-anchor="middle" fill="${escapeXml(input.colour)}">硒 Se ${input.seleniumMgPerKg} mg/kg</text>`,
    `</svg>`,
  ].join("")
}
