import { describe, expect, it } from "vitest"
import { storedImageUrlProblem } from "./stored-image"

describe("storedImageUrlProblem", () => {
  const base = "http://localhost:9000/static/"
  it("accepts files from Seleno's own file store", () => {
    expect(storedImageUrlProblem("hero_image_url", `${base}1796-hero.svg`, base)).toBeNull()
  })
  it("refuses scripts, data, other sites and look-alike hosts, naming the field", () => {
    expect(storedImageUrlProblem("hero_image_url", "javascript:alert(1)", base)).toMatch(/^hero_image_url: only http\(s\) addresses/)
    expect(storedImageUrlProblem("share_image_url", "data:image/svg+xml,<svg/>", base)).toMatch(/^share_image_url: only http\(s\)/)
    expect(storedImageUrlProblem("hero_image_url", "https://evil.example.com/x.png", base)).toMatch(/uploaded to Seleno/)
    expect(storedImageUrlProblem("hero_image_url", "http://localhost:9000@evil.example.com/static/x.png", base)).toMatch(/uploaded to Seleno/)
    expect(storedImageUrlProblem("hero_image_url", "/static/x.png", base)).toMatch(/full address/)
  })
})
