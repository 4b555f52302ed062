import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { IPromotionModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { type CouponPromotion, couponRefusal } from "../../../lib/marketing/campaign-coupon"

/**
 * In front of Medusa's POST /store/carts/:id/promotions: a code that is unknown, not started,
 * ended, used up or whose campaign budget is spent is refused with the reason, before Medusa runs.
 * Anything else (including a malformed body) goes on to Medusa, which validates it itself.
 */
export async function checkCoupons(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const body = req.body as { promo_codes?: unknown } | undefined
  const codes = Array.isArray(body?.promo_codes) ? body.promo_codes.filter((c): c is string => typeof c === "string" && c.length > 0) : []
  if (!codes.length) return next()
  const promotions = (await req.scope
    .resolve<IPromotionModuleService>(Modules.PROMOTION)
    .listPromotions({ code: codes as unknown as string }, { relations: ["campaign", "campaign.budget"] })) as unknown as CouponPromotion[]
  const byCode = new Map(promotions.map((p) => [p.code, p]))
  for (const code of codes) {
    const refusal = couponRefusal(code, byCode.get(code))
    if (refusal) {
      res.status(400).json({ type: "invalid_data", code, ...refusal })
      return
    }
  }
  next()
}
