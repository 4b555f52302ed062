import { adjustmentsWithTax, attributionWindow, discountsByCampaignPage, firstTouch, isVisitorId, orderConversions, roundMoney, utmValue } from "../attribution"

describe("isVisitorId", () => {
  it("takes 16 to 64 URL-safe characters only", () => {
    expect(isVisitorId("a".repeat(16))).toBe(true)
    expect(isVisitorId("Ab0_-".repeat(12) + "abcd")).toBe(true)
    expect(isVisitorId("a".repeat(15))).toBe(false)
    expect(isVisitorId("a".repeat(65))).toBe(false)
    expect(isVisitorId("abcdefghijklmnop=")).toBe(false)
    expect(isVisitorId("abcdefgh ijklmnop")).toBe(false)
    expect(isVisitorId(1234567890123456)).toBe(false)
  })
})

describe("firstTouch", () => {
  const cartAt = new Date("2026-11-29T12:00:00Z")
  const visit = (page: string, at: string) => ({ campaign_page_id: page, visited_at: at })

  it("credits the earliest visit in the window, not the latest", () => {
    const visits = [visit("y", "2026-11-29T10:00:00Z"), visit("x", "2026-11-28T10:00:00Z")]
    expect(firstTouch(visits, cartAt)?.campaign_page_id).toBe("x")
  })

  it("ignores visits older than the window or after the cart was made", () => {
    const visits = [visit("old", "2026-11-22T11:59:59Z"), visit("late", "2026-11-29T12:00:01Z"), visit("in", "2026-11-22T12:00:00Z")]
    expect(firstTouch(visits, cartAt)?.campaign_page_id).toBe("in")
    expect(firstTouch([visits[0]!, visits[1]!], cartAt)).toBeNull()
  })

  it("uses a 7-day window by default", () => {
    const { start, end } = attributionWindow(cartAt)
    expect(end).toEqual(cartAt)
    expect(cartAt.getTime() - start.getTime()).toBe(7 * 86_400_000)
  })
})

describe("order conversions", () => {
  const pages = new Map([
    ["promo_x", "page_x"],
    ["promo_x2", "page_x"],
    ["promo_y", "page_y"],
  ])

  it("sums each campaign's adjustments and skips promotions of no campaign", () => {
    const discounts = discountsByCampaignPage(
      [
        { amount: 0.1, promotion_id: "promo_x" },
        { amount: 0.2, promotion_id: "promo_x2" },
        { amount: 5, promotion_id: "promo_y" },
        { amount: 7, promotion_id: "promo_other" },
        { amount: 9, promotion_id: null },
      ],
      pages
    )
    expect([...discounts]).toEqual([
      ["page_x", 0.3],
      ["page_y", 5],
    ])
  })

  it("shares each line's tax-inclusive saving among its adjustments", () => {
    const shared = adjustmentsWithTax([
      { discount_total: 25.6, adjustments: [{ amount: 23.49, promotion_id: "promo_x" }] },
      { discount_total: 10.9, adjustments: [{ amount: 5, promotion_id: "promo_x" }, { amount: 5, promotion_id: "promo_y" }] },
      { discount_total: 0, adjustments: [] },
    ])
    expect(shared).toEqual([
      { amount: 25.6, promotion_id: "promo_x" },
      { amount: 5.45, promotion_id: "promo_x" },
      { amount: 5.45, promotion_id: "promo_y" },
    ])
  })

  it("gives the cart's campaign the revenue and other campaigns only their discount, unattributed", () => {
    const drafts = orderConversions({ attributedPageId: "page_x", orderTotal: 188.5, discounts: new Map([["page_y", 5], ["page_x", 2]]) })
    expect(drafts).toEqual([
      { campaign_page_id: "page_x", attributed: true, revenue: 188.5, discount: 2 },
      { campaign_page_id: "page_y", attributed: false, revenue: 0, discount: 5 },
    ])
  })

  it("counts the discount of an order nobody brought, and nothing for an order with neither", () => {
    expect(orderConversions({ attributedPageId: null, orderTotal: 50, discounts: new Map([["page_y", 5]]) })).toEqual([
      { campaign_page_id: "page_y", attributed: false, revenue: 0, discount: 5 },
    ])
    expect(orderConversions({ attributedPageId: null, orderTotal: 50, discounts: new Map() })).toEqual([])
  })
})

describe("utmValue and roundMoney", () => {
  it("trims, caps and drops empty values", () => {
    expect(utmValue("  wechat ")).toBe("wechat")
    expect(utmValue("x".repeat(250))).toHaveLength(200)
    expect(utmValue("   ")).toBeNull()
    expect(utmValue(undefined)).toBeNull()
  })

  it("rounds to the cent", () => {
    expect(roundMoney(0.1 + 0.2)).toBe(0.3)
    expect(roundMoney(1.005)).toBe(1.01)
  })
})
