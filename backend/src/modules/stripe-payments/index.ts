import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import StripeAlipayProvider from "./stripe-alipay"
import StripeCardProvider from "./stripe-card"
import StripeWechatPayProvider from "./stripe-wechat-pay"

/**
 * Stripe payments: cards, Alipay and WeChat Pay, on Medusa's StripeBase. Registered in
 * medusa-config only when STRIPE_API_KEY and STRIPE_WEBHOOK_SECRET are set.
 */
export default ModuleProvider(Modules.PAYMENT, {
  services: [StripeCardProvider, StripeAlipayProvider, StripeWechatPayProvider],
})
