import { offerFor, type OfferPromotion, reachesProduct } from "../campaign-offers"

const campaign = { handle: "c", name: "活动", name_en: null }
const promo = (overrides: Partial<OfferPromotion>): OfferPromotion => ({ code: "P", type: "percentage", value: 10, rules: [], campaign, ...overrides })

describe("reachesProduct", () => {
  const product = { id: "prod_1", category_ids: ["pcat_tea"] }
  it("follows Medusa's product and category rules, all of them", () => {
    expect(reachesProduct([], product)).toBe(true)
    expect(reachesProduct([{ attribute: "items.product.id", operator: "in", values: ["prod_1"] }], product)).toBe(true)
    expect(reachesProduct([{ attribute: "items.product.id", operator: "in", values: ["prod_2"] }], product)).toBe(false)
    expect(reachesProduct([{ attribute: "items.product.categories.id", operator: "in", values: ["pcat_tea"] }], product)).toBe(true)
    expect(
      reachesProduct(
        [
          { attribute: "items.product.id", operator: "in", values: ["prod_1"] },
          { attribute: "items.product.categories.id", operator: "in", values: ["pcat_water"] },
        ],
        product
      )
    ).toBe(false)
  })
  it("gives no offer for rules it cannot judge", () => {
    expect(reachesProduct([{ attribute: "customer.groups.id", operator: "in", values: ["cg_1"] }], product)).toBe(false)
  })
})

describe("offerFor", () => {
  it("takes a percentage off and a fixed amount off", () => {
    expect(offerFor(59, [promo({ value: 15 })])?.amount).toBeCloseTo(50.15, 10)
    expect(offerFor(68, [promo({ type: "fixed", value: 7.5 })])?.amount).toBe(60.5)
  })
  it("stacks automatic discounts as Medusa does: largest value first, each on what is left", () => {
    const offer = offerFor(100, [promo({ code: "PCT", value: 10 }), promo({ code: "FIX", type: "fixed", value: 20 })])
    expect(offer).toMatchObject({ amount: 72, promotion: { code: "FIX" } })
  })
  it("skips a discount that would take its spend budget over the limit, as Medusa does", () => {
    expect(offerFor(59, [promo({ type: "fixed", value: 20, spend_remaining: 10 })])).toBeNull()
    expect(offerFor(59, [promo({ type: "fixed", value: 20, spend_remaining: 20 })])?.amount).toBe(39)
  })
  it("never goes below zero and gives nothing without a discount", () => {
    expect(offerFor(5, [promo({ type: "fixed", value: 8 })])?.amount).toBe(0)
    expect(offerFor(5, [])).toBeNull()
  })
})
