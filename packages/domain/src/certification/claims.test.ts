import { describe, expect, it } from "vitest"
import {
  claimRefusalMessage,
  claimVerdict,
  claimWordsIn,
  hasClaimWords,
  hasSeleniumFacts,
  parseClaimRefusal,
  withoutSeleniumFacts,
} from "./claims"

const certified = { certified: true, reason: "certified" }
const expired = { certified: false, reason: "certificate_expired" }

describe("claim words", () => {
  it("finds any 硒 in Chinese, with the word around it", () => {
    expect(claimWordsIn("赣南富硒脐橙")).toEqual(["富硒"])
    expect(claimWordsIn("天然含硒，硒含量高，补硒首选")).toEqual(["含硒", "硒含量", "补硒"])
    expect(claimWordsIn("有机硒饮品")).toEqual(["有机硒"])
    expect(claimWordsIn("硒")).toEqual(["硒"])
  })

  it("finds selenium in English in any case, once per word", () => {
    expect(claimWordsIn("Gannan Selenium-rich Navel Oranges")).toEqual(["selenium-rich"])
    expect(claimWordsIn("SELENIUM water, selenium water")).toEqual(["selenium"])
    expect(claimWordsIn("naturally selenium-bearing")).toEqual(["selenium-bearing"])
  })

  it("finds nothing in honest texts", () => {
    expect(claimWordsIn("赣南脐橙")).toEqual([])
    expect(claimWordsIn("Ankang Walnuts")).toEqual([])
    expect(claimWordsIn(null)).toEqual([])
    expect(hasClaimWords(undefined)).toBe(false)
    expect(hasClaimWords("Pingli Nüwa Green Tea")).toBe(false)
    expect(hasClaimWords("安康富硒茶")).toBe(true)
  })
})

describe("selenium facts", () => {
  it("counts a stated selenium content, even one that does not parse", () => {
    expect(hasSeleniumFacts({ selenium_mg_per_kg: 0.3 })).toBe(true)
    expect(hasSeleniumFacts({ selenium_mg_per_kg: "n/a" })).toBe(true)
    expect(hasSeleniumFacts({ serving_g: 50, region: "ankang" })).toBe(false)
    expect(hasSeleniumFacts({ selenium_mg_per_kg: null })).toBe(false)
    expect(hasSeleniumFacts(null)).toBe(false)
  })

  it("strips them without touching the rest or the original", () => {
    const metadata = { selenium_mg_per_kg: 0.3, serving_g: 50, region: "ankang" }
    expect(withoutSeleniumFacts(metadata)).toEqual({ region: "ankang" })
    expect(metadata.selenium_mg_per_kg).toBe(0.3)
  })
})

describe("the claim rule", () => {
  const orange = {
    texts: { title: "赣南富硒脐橙", description: "果肉脆嫩多汁", title_en: "Gannan Selenium-rich Navel Oranges" },
    metadata: { selenium_mg_per_kg: 0.02, serving_g: 200 },
  }

  it("lets a certified listing show every claim", () => {
    const verdict = claimVerdict({ ...orange, certification: certified })
    expect(verdict).toMatchObject({ certified: true, claims: true, may_show: { words: true, facts: true }, problems: [] })
  })

  it("refuses both kinds of claim without a certificate, naming where the words are", () => {
    const verdict = claimVerdict({ ...orange, certification: null })
    expect(verdict.problems).toEqual(["claim_words_uncertified", "selenium_facts_uncertified"])
    expect(verdict.reason).toBe("no_certificate")
    expect(verdict.may_show).toEqual({ words: false, facts: false })
    expect(verdict.words).toEqual([
      { field: "title", words: ["富硒"] },
      { field: "title_en", words: ["selenium-rich"] },
    ])
  })

  it("keeps the certification's reason, and names only the kinds the listing makes", () => {
    const factsOnly = claimVerdict({ texts: { title: "利川红工夫红茶" }, metadata: { selenium_mg_per_kg: 1.1 }, certification: expired })
    expect(factsOnly).toMatchObject({ reason: "certificate_expired", problems: ["selenium_facts_uncertified"], words: [] })
    const wordsOnly = claimVerdict({ texts: { subtitle: "补硒好物" }, metadata: {}, certification: expired })
    expect(wordsOnly.problems).toEqual(["claim_words_uncertified"])
  })

  it("leaves a listing without claims alone whatever its certification", () => {
    const verdict = claimVerdict({ texts: { title: "赣南脐橙", description: null }, metadata: { serving_g: 200 }, certification: null })
    expect(verdict).toMatchObject({ claims: false, problems: [], may_show: { words: false, facts: false } })
  })
})

describe("refusal messages", () => {
  it("carry the codes and reason, which read back", () => {
    const verdict = claimVerdict({ texts: { title: "安康富硒核桃" }, metadata: { selenium_mg_per_kg: 0.12 }, certification: expired })
    const message = claimRefusalMessage("安康富硒核桃", verdict)
    expect(message).toMatch(/富硒 in title/)
    expect(message).toMatch(/certificate_expired/)
    expect(parseClaimRefusal(`Error: ${message}`)).toEqual({
      problems: ["claim_words_uncertified", "selenium_facts_uncertified"],
      reason: "certificate_expired",
    })
  })

  it("reads nothing from other messages", () => {
    expect(parseClaimRefusal("brand_id: your enterprise holds no authorization")).toBeNull()
  })
})
