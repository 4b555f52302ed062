/**
 * A campaign's hero image built locally (like the products' images), so landing pages never
 * depend on remote images. 1200×630, the shape social cards use.
 */
export interface CampaignImageInput {
  title: string
  subtitle: string
  colour: string
}

const escapeXml = (text: string): string =>
  text.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c] as string)

export function campaignHeroSvg(input: CampaignImageInput): string {
  const colour = escapeXml(input.colour)
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630" font-family="'Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif">`,
    `<rect width="1200" height="630" fill="${colour}"/>`,
    `<circle cx="1050" cy="110" r="260" fill="#fff" fill-opacity="0.08"/>`,
    `<circle cx="140" cy="600" r="280" fill="#000" fill-opacity="0.1"/>`,
    `<text x="600" y="300" font-size="96" font-weight="700" text-anchor="middle" fill="#fff">${escapeXml(input.title)}</text>`,
    `<text x="600" y="390" font-size="44" text-anchor="middle" fill="#fff" fill-opacity="0.9">${escapeXml(input.subtitle)}</text>`,
    `<text x="600" y="520" font-size="34" text-anchor="middle" fill="#fff" fill-opacity="0.8">硒 Se · Seleno 硒诺</text>`,
    `</svg>`,
  ].join("")
}
