import { regularCnyPrice, sessionPriceProblem } from "../live-session-prices"
import { sessionWindowProblem, webUrlProblem } from "../live-session-rules"

describe("regularCnyPrice", () => {
  it("takes the CNY price that no price list, rule or quantity tier sets", () => {
    expect(
      regularCnyPrice([
        { amount: 60, currency_code: "cny", price_list_id: "plist_live" },
        { amount: 70, currency_code: "cny", rules_count: 1 },
        { amount: 75, currency_code: "cny", min_quantity: 10 },
        { amount: 12, currency_code: "usd" },
        { amount: "88.5", currency_code: "CNY", price_list_id: null, rules_count: 0, min_quantity: null },
      ])
    ).toBe(88.5)
  })
  it("is undefined for a variant without a CNY price", () => {
    expect(regularCnyPrice([{ amount: 12, currency_code: "usd" }])).toBeUndefined()
  })
})

describe("sessionPriceProblem", () => {
  const variant = { id: "variant_1", product_id: "prod_1", regular: 128 }
  it("accepts a price above zero and below the regular price", () => {
    expect(sessionPriceProblem(0, { variant_id: "variant_1", amount: 127.99 }, variant)).toBeUndefined()
  })
  it("names the price and the reason for each refusal", () => {
    expect(sessionPriceProblem(2, { variant_id: "variant_x", amount: 5 }, undefined)).toMatch(/^prices\[2\]\.variant_id: there is no product variant variant_x/)
    expect(sessionPriceProblem(1, { variant_id: "variant_1", amount: 0 }, variant)).toMatch(/^prices\[1\]\.amount: .*more than/)
    expect(sessionPriceProblem(1, { variant_id: "variant_1", amount: -1 }, variant)).toMatch(/^prices\[1\]\.amount/)
    expect(sessionPriceProblem(0, { variant_id: "variant_1", amount: 128 }, variant)).toMatch(/^prices\[0\]\.amount: .*below the variant's price ¥128/)
    expect(sessionPriceProblem(0, { variant_id: "variant_1", amount: 5 }, { ...variant, regular: undefined })).toMatch(/no CNY price/)
  })
})

describe("webUrlProblem", () => {
  it("accepts http and https links and no link at all", () => {
    expect(webUrlProblem("stream_url", "https://live.example.cn/a")).toBeUndefined()
    expect(webUrlProblem("stream_url", "http://live.example.cn/a")).toBeUndefined()
    expect(webUrlProblem("replay_url", null)).toBeUndefined()
  })
  it("refuses what a shopper cannot open, naming the field", () => {
    expect(webUrlProblem("stream_url", "live.example.cn/a")).toMatch(/^stream_url: /)
    expect(webUrlProblem("replay_url", "javascript:alert(1)")).toMatch(/^replay_url: /)
    expect(webUrlProblem("stream_url", "ftp://example.cn/a")).toMatch(/^stream_url: /)
  })
})

describe("sessionWindowProblem", () => {
  it("wants the end after the start", () => {
    expect(sessionWindowProblem("2026-11-29T12:00:00Z", "2026-11-29T14:00:00Z")).toBeUndefined()
    expect(sessionWindowProblem("2026-11-29T12:00:00Z", "2026-11-29T12:00:00Z")).toMatch(/^ends_at: /)
    expect(sessionWindowProblem("2026-11-29T12:00:00Z", "2026-11-29T11:00:00Z")).toMatch(/^ends_at: /)
    expect(sessionWindowProblem("soon", "2026-11-29T11:00:00Z")).toMatch(/^starts_at: /)
  })
})
