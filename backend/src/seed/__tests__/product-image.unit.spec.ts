import { productImageSvg } from "../product-image"

const input = { titleZh: "汉阴富硒大米", titleEn: "Hanyin Selenium-rich Rice", categoryZh: "富硒米", colour: "#8a6d1c", seleniumMgPerKg: 0.08 }

describe("productImageSvg", () => {
  it("draws the product's own name, category, colour and selenium figure", () => {
    const svg = productImageSvg(input)
    expect(svg).toContain(">汉阴富硒大米<")
    expect(svg).toContain(">Hanyin Selenium-rich Rice<")
    expect(svg).toContain(">富硒米<")
    expect(svg).toContain('fill="#8a6d1c"')
    expect(svg).toContain("0.08 mg/kg")
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 800 600"/)
  })

  it("states no selenium figure for a product that may not claim one", () => {
    const { seleniumMgPerKg: _none, ...uncertified } = input
    const svg = productImageSvg({ ...uncertified, titleZh: "赣南脐橙", titleEn: "Gannan Navel Oranges", categoryZh: "脐橙水果" })
    expect(svg).not.toContain("mg/kg")
    expect(svg).not.toContain("硒")
  })

  it("wraps long Chinese titles onto several lines", () => {
    const svg = productImageSvg({ ...input, titleZh: "安康天然饮用水家庭装二十四瓶装" })
    expect(svg.match(/font-size="62"/g)).toHaveLength(2)
  })

  it("escapes markup in the data", () => {
    const svg = productImageSvg({ ...input, titleEn: `Tea <b>&</b> "more"` })
    expect(svg).toContain("Tea &lt;b&gt;&amp;&lt;/b&gt; &quot;more&quot;")
    expect(svg).not.toContain("<b>")
  })
})
