import { correctSpelling, editDistance, latinWords } from "../spelling"

const vocabulary = new Set(["selenium", "tea", "konjac", "noodles", "navel", "orange", "rice"])

describe("spelling correction for Latin queries", () => {
  it("counts a swap of neighbouring letters as one typo", () => {
    expect(editDistance("selenuim", "selenium")).toBe(1)
    expect(editDistance("konjak", "konjac")).toBe(1)
    expect(editDistance("tea", "tee")).toBe(1)
  })

  it("corrects words the index does not know to the closest one it does", () => {
    expect(correctSpelling("selenuim tea", vocabulary)).toBe("selenium tea")
    expect(correctSpelling("konjak", vocabulary)).toBe("konjac")
    expect(correctSpelling("navle ornage", vocabulary)).toBe("navel orange")
  })

  it("leaves known words, short words, Chinese and hopeless words alone", () => {
    expect(correctSpelling("selenium tea", vocabulary)).toBeUndefined()
    expect(correctSpelling("tee", vocabulary)).toBeUndefined()
    expect(correctSpelling("紫阳", vocabulary)).toBeUndefined()
    expect(correctSpelling("xylophone", vocabulary)).toBeUndefined()
  })
})

describe("latinWords", () => {
  it("reads the words a query can be corrected to: Latin runs of 3+ letters, lower-cased", () => {
    expect(latinWords("Ziyang 富硒 Selenium-rich tea, 2 kg zy")).toEqual(["ziyang", "selenium", "rich", "tea"])
  })
})
