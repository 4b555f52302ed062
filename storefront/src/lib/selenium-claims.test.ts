import { describe, expect, it } from "vitest"
import { shownSeleniumContent, shownSeleniumFacts } from "./selenium-claims"

const metadata = { selenium_mg_per_kg: 1.2, serving_g: 3 }

describe("selenium facts a page may show", () => {
  it("shows a certified product's facts", () => {
    expect(shownSeleniumFacts(metadata, true)).toMatchObject({ mgPerKg: 1.2, servingGrams: 3 })
  })

  it("shows nothing for an uncertified product, even when its metadata holds facts", () => {
    expect(shownSeleniumFacts(metadata, false)).toBeNull()
    expect(shownSeleniumFacts(null, true)).toBeNull()
  })

  it("gives a tile the content only while certified", () => {
    expect(shownSeleniumContent(0.3, true)).toBe(0.3)
    expect(shownSeleniumContent(0.3, false)).toBeNull()
    expect(shownSeleniumContent(null, true)).toBeNull()
    expect(shownSeleniumContent(Number.NaN, true)).toBeNull()
  })
})
