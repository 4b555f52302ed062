import { describe, expect, it } from "vitest"
import { checkoutReturnPath, isStripeMethod, offeredPaymentMethods } from "./payment-methods"

const ALL = ["pp_system_default", "pp_stripe_stripe", "pp_stripe-alipay_stripe", "pp_stripe-wechat-pay_stripe"]

describe("payment methods", () => {
  it("offers the region's Stripe methods only with a publishable key, the system one always", () => {
    expect(offeredPaymentMethods(ALL, true)).toEqual(["wechat", "alipay", "card", "system"])
    expect(offeredPaymentMethods(ALL, false)).toEqual(["system"])
    expect(offeredPaymentMethods(["pp_system_default"], true)).toEqual(["system"])
  })

  it("knows which methods need Stripe.js and where Stripe returns the shopper", () => {
    expect(isStripeMethod("alipay")).toBe(true)
    expect(isStripeMethod("system")).toBe(false)
    expect(checkoutReturnPath("zh-CN", "cart_01ABC")).toBe("/zh-CN/checkout/return?cart_id=cart_01ABC")
  })
})
