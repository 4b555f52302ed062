import { describe, expect, it } from "vitest"
import { buildTotalsView, fenOf, partTotalsSource, splitFen, totalsMismatch } from "./rules"
import type { MedusaTotalsSource } from "./views"

// Shaped like GET /store/carts/:id with the totals fields: tax-inclusive CNY, 9% VAT, the
// XBH2026 code taking 10% off two lines, and two parcels with one shipping method each.
const cartWithCodeAndTwoParcels: MedusaTotalsSource = {
  currency_code: "cny",
  items: [
    {
      id: "cali_tea",
      product_title: "紫阳毛尖",
      variant_title: "250g",
      quantity: 2,
      unit_price: 158,
      original_total: 316,
      total: 284.4,
      adjustments: [{ code: "XBH2026", promotion_id: "promo_1", amount: 31.6 }],
    },
    {
      id: "cali_konjac",
      product_title: "岚皋魔芋挂面",
      variant_title: null,
      quantity: 1,
      unit_price: 47.95,
      original_total: 47.95,
      total: 43.155,
      adjustments: [{ code: "XBH2026", promotion_id: "promo_1", amount: 4.795 }],
    },
    { id: "cali_pork", product_title: "安康林下猪腊肉", quantity: 1, unit_price: 98, original_total: 98, total: 98, adjustments: [] },
  ],
  shipping_methods: [
    { id: "casm_1", name: "顺丰特快", amount: 22, original_total: 22, total: 22, adjustments: [] },
    { id: "casm_2", name: "冷链到家", amount: 30, original_total: 30, total: 30, adjustments: [] },
  ],
  tax_total: 39.41587155963303,
  discount_total: 36.395,
  total: 477.555,
} as MedusaTotalsSource

describe("fenOf", () => {
  it("scales the decimal text, rounding half up without float error", () => {
    expect(fenOf(4.795)).toBe(480)
    expect(fenOf(0.1 + 0.2)).toBe(30)
    expect(fenOf("501.2")).toBe(50120)
    expect(fenOf({ value: "1.005" })).toBe(101)
    // Medusa's BigNumber from Query: the exact decimal is in raw.value.
    expect(fenOf({ raw: { value: "43.155" }, numeric: 43.155 })).toBe(4316)
    expect(fenOf(-3.5)).toBe(-350)
    expect(fenOf(1e-7)).toBe(0)
    expect(fenOf(null)).toBe(0)
  })
  it("refuses what is not an amount", () => {
    expect(() => fenOf("12,5")).toThrow(RangeError)
  })
})

describe("splitFen", () => {
  it("always adds up to the whole", () => {
    expect(splitFen(100, [1, 1, 1])).toEqual([34, 33, 33])
    expect(splitFen(3639, [3160, 479.5])).toEqual([3160, 479])
    expect(splitFen(7, [0, 0])).toEqual([4, 3])
  })
})

describe("buildTotalsView", () => {
  it("lists lines at their prices, the code by name, each parcel, and adds up to Medusa's total", () => {
    const view = buildTotalsView(cartWithCodeAndTwoParcels, { XBH2026: "第七届硒博会" })
    expect(view.items.map((l) => [l.original_fen, l.paid_fen])).toEqual([
      [31600, 28440],
      [4795, 4316],
      [9800, 9800],
    ])
    expect(view.items_fen).toBe(46195)
    expect(view.shipping).toEqual([
      { id: "casm_1", name: "顺丰特快", amount_fen: 2200 },
      { id: "casm_2", name: "冷链到家", amount_fen: 3000 },
    ])
    expect(view.total_fen).toBe(47756)
    expect(view.discounts).toEqual([{ code: "XBH2026", name: "第七届硒博会", amount_fen: 3639 }])
    expect(view.tax_included_fen).toBe(3942)
    expect(totalsMismatch(view)).toBeNull()
  })

  it("names each code of a line with two promotions and a free-shipping promotion", () => {
    const view = buildTotalsView({
      currency_code: "cny",
      items: [
        {
          id: "a",
          title: "绞股蓝",
          quantity: 3,
          unit_price: 33.3,
          original_total: 99.9,
          total: 79.9,
          adjustments: [
            { code: "LIVE10", amount: 10 },
            { code: "NEW10", amount: 10 },
          ],
        },
      ],
      shipping_methods: [{ id: "m", name: "标准快递", amount: 10, original_total: 10, total: 0, adjustments: [{ code: "FREESHIP", amount: 10 }] }],
      tax_total: 6.6,
      total: 79.9,
    })
    expect(view.discounts).toEqual([
      { code: "LIVE10", name: null, amount_fen: 1000 },
      { code: "NEW10", name: null, amount_fen: 1000 },
      { code: "FREESHIP", name: null, amount_fen: 1000 },
    ])
    expect(view.shipping_fen).toBe(1000)
    expect(totalsMismatch(view)).toBeNull()
  })

  it("without a code or shipping the total is the lines' sum", () => {
    const view = buildTotalsView({ items: [{ id: "a", quantity: 2, unit_price: "12.5" }], total: 25 })
    expect(view.discounts).toEqual([])
    expect(view.shipping).toEqual([])
    expect(totalsMismatch(view)).toBeNull()
  })

  it("reports a total it cannot explain", () => {
    const view = buildTotalsView({ items: [{ id: "a", quantity: 1, unit_price: 10, total: 10 }], total: 12 })
    expect(totalsMismatch(view)).toMatch(/total is 1200/)
  })
})

describe("partTotalsSource", () => {
  it("gives an enterprise its lines, its parcel and a total that adds up", () => {
    const source = partTotalsSource(cartWithCodeAndTwoParcels, { itemIds: new Set(["cali_tea", "cali_konjac"]), shippingMethodIds: new Set(["casm_1"]) })
    const view = buildTotalsView(source)
    expect(view.items.map((l) => l.id)).toEqual(["cali_tea", "cali_konjac"])
    expect(view.shipping.map((m) => m.name)).toEqual(["顺丰特快"])
    expect(view.total_fen).toBe(28440 + 4316 + 2200)
    expect(view.discounts).toEqual([{ code: "XBH2026", name: null, amount_fen: 3639 }])
    expect(totalsMismatch(view)).toBeNull()
  })
})
