import type { HttpTypes } from "@medusajs/types"
import { describe, expect, it } from "vitest"
import {
  campaignName,
  couponReason,
  enteredCouponCodes,
  isCouponApplied,
  normalizeCouponCode,
  offersByProduct,
  offersByVariant,
  parseOffers,
  pickListedPrice,
  pickProductPrice,
  pickVariantPrice,
  type CampaignOffer,
} from "./offers"

type Calculated = NonNullable<HttpTypes.StoreProductVariant["calculated_price"]>

function calculated(amount: number, original: number, listType: string | null = null): Calculated {
  return {
    id: "pset_1",
    calculated_amount: amount,
    original_amount: original,
    original_amount_with_tax: original,
    original_amount_without_tax: original,
    currency_code: "cny",
    calculated_price: { id: "price_1", price_list_id: listType ? "plist_1" : null, price_list_type: listType, min_quantity: null, max_quantity: null },
  }
}

const XBH: CampaignOffer["campaign"] = { handle: "xibohui-2026", name: "硒博会特惠", name_en: "Selenium Expo deal" }

function offer(variantId: string, amount: number, original: number, campaign: CampaignOffer["campaign"] = XBH): CampaignOffer {
  return {
    product_id: "prod_1",
    variant_id: variantId,
    amount,
    original_amount: original,
    currency_code: "cny",
    promotion_code: "XBH2026",
    campaign,
  }
}

describe("pickVariantPrice", () => {
  it("is the regular price when nothing is discounted", () => {
    expect(pickVariantPrice(calculated(95, 95))).toEqual({ amount: 95, original: null, source: "regular" })
  })

  it("shows a sale price list below the original as the session price", () => {
    expect(pickVariantPrice(calculated(79, 95, "sale"))).toEqual({ amount: 79, original: 95, source: "session" })
  })

  it("does not call an override price list a session price", () => {
    expect(pickVariantPrice(calculated(79, 95, "override"))).toEqual({ amount: 79, original: null, source: "regular" })
  })

  it("uses a campaign offer below the current price, naming the campaign", () => {
    expect(pickVariantPrice(calculated(95, 95), [offer("v1", 85.5, 95)])).toEqual({
      amount: 85.5,
      original: 95,
      source: "campaign",
      campaign: XBH,
    })
  })

  it("keeps the cheaper of a session price and a campaign offer", () => {
    expect(pickVariantPrice(calculated(79, 95, "sale"), [offer("v1", 85.5, 95)])?.source).toBe("session")
    expect(pickVariantPrice(calculated(89, 95, "sale"), [offer("v1", 85.5, 95)])?.source).toBe("campaign")
  })

  it("picks the cheapest of several campaign offers", () => {
    const other = { handle: "brand-week", name: "品牌周", name_en: null }
    const pick = pickVariantPrice(calculated(95, 95), [offer("v1", 90, 95), offer("v1", 80, 95, other)])
    expect(pick).toMatchObject({ amount: 80, campaign: other })
  })

  it("ignores offers that are no discount", () => {
    expect(pickVariantPrice(calculated(95, 95), [offer("v1", 95, 95), offer("v1", 96, 95)])?.source).toBe("regular")
  })

  it("shows an offer even when the variant has no calculated price", () => {
    expect(pickVariantPrice(undefined, [offer("v1", 85.5, 95)])?.amount).toBe(85.5)
    expect(pickVariantPrice(undefined)).toBeNull()
  })
})

describe("pickProductPrice", () => {
  it("is the cheapest variant after its discounts", () => {
    const variants = [
      { id: "v1", calculated_price: calculated(60, 60) },
      { id: "v2", calculated_price: calculated(95, 95) },
    ]
    expect(pickProductPrice(variants, new Map())).toMatchObject({ amount: 60, source: "regular" })
    expect(pickProductPrice(variants, offersByVariant([offer("v2", 50, 95)]))).toMatchObject({ amount: 50, original: 95 })
  })

  it("is null without any priced variant", () => {
    expect(pickProductPrice([{ id: "v1", calculated_price: undefined }], new Map())).toBeNull()
  })
})

describe("offersByVariant", () => {
  it("groups offers by variant", () => {
    const map = offersByVariant([offer("v1", 80, 95), offer("v2", 70, 90), offer("v1", 85, 95)])
    expect(map.get("v1")?.map((o) => o.amount)).toEqual([80, 85])
    expect(map.get("v2")?.length).toBe(1)
  })
})

describe("campaignName", () => {
  it("uses the English name in English when there is one", () => {
    expect(campaignName(XBH, "en")).toBe("Selenium Expo deal")
    expect(campaignName(XBH, "zh-CN")).toBe("硒博会特惠")
    expect(campaignName({ ...XBH, name_en: null }, "en")).toBe("硒博会特惠")
  })
})

describe("parseOffers", () => {
  it("keeps well-formed offers and drops the rest", () => {
    const good = offer("v1", 85.5, 95)
    expect(parseOffers({ offers: [good, { variant_id: "v2" }, null, { ...good, amount: "85" }] })).toEqual([good])
  })

  it("is empty for an unexpected body", () => {
    expect(parseOffers(null)).toEqual([])
    expect(parseOffers({ offers: "x" })).toEqual([])
  })
})

describe("coupon helpers", () => {
  it("normalizes typed codes", () => {
    expect(normalizeCouponCode("  xbh 2026 ")).toBe("XBH2026")
    expect(normalizeCouponCode(null)).toBe("")
  })

  it("reads the backend's refusal reason", () => {
    for (const reason of ["unknown", "not_started", "ended", "used_up", "budget_spent"]) {
      expect(couponReason({ type: "invalid_data", reason, message: "…" })).toBe(reason)
    }
    expect(couponReason({ type: "invalid_data", message: "Value for field too small" })).toBeNull()
    expect(couponReason({ reason: "something_else" })).toBeNull()
    expect(couponReason(null)).toBeNull()
  })

  it("knows a code applies when the cart lists it or adjusts an item or shipping with it", () => {
    expect(isCouponApplied({ promotions: [{ code: "XBH2026" }] }, "xbh2026")).toBe(true)
    expect(isCouponApplied({ promotions: [], items: [{ adjustments: [{ code: "XBH2026" }] }] }, "XBH2026")).toBe(true)
    expect(isCouponApplied({ shipping_methods: [{ adjustments: [{ code: "FREESHIP" }] }] }, "FREESHIP")).toBe(true)
    expect(isCouponApplied({ promotions: [{ code: "OTHER" }], items: [{ adjustments: [{ code: "OTHER" }] }] }, "XBH2026")).toBe(false)
    expect(isCouponApplied({}, "XBH2026")).toBe(false)
  })

  it("lists only the codes the shopper entered", () => {
    const cart = { promotions: [{ code: "ZETA" }, { code: "AUTO10", is_automatic: true }, { code: "ALPHA", is_automatic: false }, { code: "" }] }
    expect(enteredCouponCodes(cart)).toEqual(["ALPHA", "ZETA"])
  })
})

describe("search listings", () => {
  it("groups offers by product", () => {
    const map = offersByProduct([{ ...offer("v1", 80, 95), product_id: "p1" }, { ...offer("v2", 70, 90), product_id: "p2" }])
    expect(map.get("p1")?.[0]?.variant_id).toBe("v1")
    expect(map.get("p2")?.[0]?.variant_id).toBe("v2")
  })

  it("shows a campaign price below the hit's lowest price", () => {
    expect(pickListedPrice(60, [])).toEqual({ amount: 60, original: null, source: "regular" })
    expect(pickListedPrice(60, [offer("v2", 50, 95)])).toMatchObject({ amount: 50, original: 95, source: "campaign" })
    expect(pickListedPrice(60, [offer("v2", 65, 95)])).toMatchObject({ amount: 60, source: "regular" })
    expect(pickListedPrice(null, [])).toBeNull()
  })
})
