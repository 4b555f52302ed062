import { chineseBigrams, chineseGrams, hasChinese, pinyinTokens, postgresQueryText, splitChinese, synonymTerms } from "../analysis"

describe("Chinese search analysis", () => {
  it("splits Chinese runs into characters and leaves Latin words whole", () => {
    expect(splitChinese("紫阳富硒茶 Ziyang tea")).toBe("紫 阳 富 硒 茶 Ziyang tea")
    expect(splitChinese("岚皋魔芋挂面")).toBe("岚 皋 魔 芋 挂 面")
  })

  it("builds bigrams inside each run, never across a run boundary", () => {
    expect(chineseBigrams("紫阳富硒茶")).toEqual(["紫阳", "阳富", "富硒", "硒茶"])
    expect(chineseBigrams("魔芋 挂面")).toEqual(["魔芋", "挂面"])
  })

  it("keeps only Chinese in the grams field: characters in order, then bigrams", () => {
    expect(chineseGrams(["紫阳毛尖 Green", null])).toBe("紫 阳 毛 尖 紫阳 阳毛 毛尖")
  })

  it("indexes full pinyin, joined syllables and initials", () => {
    const tokens = pinyinTokens(["紫阳富硒茶"]).split(" ")
    expect(tokens).toEqual(expect.arrayContaining(["zi", "yang", "ziyang", "fuxi", "cha", "zy", "zyfxc"]))
    expect(tokens).not.toContain("z")
  })

  it("expands synonyms found in any text of the product, in both languages", () => {
    expect(synonymTerms(["岚皋魔芋挂面"])).toEqual(expect.arrayContaining(["蒟蒻", "konjac", "面条", "noodles"]))
    expect(synonymTerms(["Gannan Navel Orange"])).toEqual(expect.arrayContaining(["脐橙"]))
    expect(synonymTerms(["汉阴富硒大米"])).not.toContain("konjac")
  })

  it("prepares queries: Chinese as characters, Latin lower-cased, blank as no query", () => {
    expect(postgresQueryText(" 紫阳 ")).toBe("紫 阳")
    expect(postgresQueryText("Selenium TEA")).toBe("selenium tea")
    expect(postgresQueryText("'; DROP TABLE product; --")).toBe("'; drop table product; --")
    expect(postgresQueryText("   ")).toBeUndefined()
    expect(hasChinese("zy cha")).toBe(false)
  })
})
