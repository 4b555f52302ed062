import { handleFor } from "../handle"
import { brandChoiceProblem } from "../listing-rules"

const at = new Date("2026-06-01T00:00:00Z")
const tea = { id: "brand_tea", name: "安康富硒茶" }
const grant = (over: Partial<Parameters<typeof brandChoiceProblem>[1][number]> = {}) => ({
  category_handles: ["tea"],
  valid_from: "2026-01-01T00:00:00Z",
  valid_until: "2026-12-31T00:00:00Z",
  revoked_at: null,
  brand: { id: "brand_tea" },
  ...over,
})

describe("brandChoiceProblem: an enterprise may choose only a brand it holds in force for the category", () => {
  it("accepts an authorization in force covering one of the categories", () => {
    expect(brandChoiceProblem(tea, [grant()], ["tea"], at)).toBeNull()
    expect(brandChoiceProblem(tea, [grant()], ["herbal", "tea"], at)).toBeNull()
  })

  it("names brand_id and the reason otherwise", () => {
    expect(brandChoiceProblem(tea, [], ["tea"], at)).toBe("brand_id: your enterprise holds no authorization for 安康富硒茶")
    expect(brandChoiceProblem(tea, [grant({ brand: { id: "brand_other" } })], ["tea"], at)).toMatch(/holds no authorization/)
    expect(brandChoiceProblem(tea, [grant({ revoked_at: "2026-03-01T00:00:00Z" })], ["tea"], at)).toBe(
      "brand_id: your authorization for 安康富硒茶 is not in force (revoked)"
    )
    expect(brandChoiceProblem(tea, [grant({ valid_until: "2026-05-01T00:00:00Z" })], ["tea"], at)).toMatch(/not in force \(expired\)/)
    expect(brandChoiceProblem(tea, [grant({ valid_from: "2026-07-01T00:00:00Z" })], ["tea"], at)).toMatch(/not in force \(not yet valid\)/)
    expect(brandChoiceProblem(tea, [grant()], ["konjac"], at)).toBe("brand_id: your authorization for 安康富硒茶 covers the categories tea, not konjac")
  })
})

describe("handleFor: URL handles like the seeded catalogue's", () => {
  it("uses the English title when it is plain ASCII, else the Chinese title in pinyin", () => {
    expect(handleFor("紫阳毛尖", "Ziyang Maojian (250 g)")).toBe("ziyang-maojian-250-g")
    expect(handleFor("凤堰明前富硒绿茶")).toBe("feng-yan-ming-qian-fu-xi-lv-cha")
    expect(handleFor("凤堰绿茶", "凤堰 green tea")).toBe("feng-yan-lv-cha")
    expect(handleFor("!!!")).toMatch(/^product/)
  })
})
