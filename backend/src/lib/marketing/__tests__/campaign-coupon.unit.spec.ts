import { couponRefusal } from "../campaign-coupon"

const now = new Date("2026-11-05T00:00:00Z")
const campaign = { starts_at: "2026-11-01T00:00:00Z", ends_at: "2026-11-08T00:00:00Z", budget: null }

describe("couponRefusal", () => {
  it("lets a running code with room through", () => {
    expect(couponRefusal("A", { code: "A", status: "active", limit: 2, used: 1, campaign: { ...campaign, budget: { limit: 100, used: 99.5 } } }, now)).toBeNull()
  })
  it.each([
    ["unknown", undefined],
    ["unknown", { code: "A", status: "draft" }],
    ["not_started", { code: "A", status: "active", campaign: { ...campaign, starts_at: "2026-11-06T00:00:00Z" } }],
    ["ended", { code: "A", status: "active", campaign: { ...campaign, ends_at: "2026-11-05T00:00:00Z" } }],
    ["used_up", { code: "A", status: "active", limit: 1, used: 1, campaign }],
    ["budget_spent", { code: "A", status: "active", campaign: { ...campaign, budget: { limit: "30", used: "30" } } }],
  ])("refuses with %s", (reason, promotion) => {
    const refusal = couponRefusal("A", promotion, now)
    expect(refusal?.reason).toBe(reason)
    expect(refusal?.message).toContain("A")
  })
})
