import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { checkCoupons } from "./coupon-check"
import { StoreCampaignOffersQuery } from "./validators"

/** Validation for the store's campaign pages, offers and the coupon check in front of Medusa's cart promotions route. */
export const storeCampaignRoutes: MiddlewareRoute[] = [
  { matcher: "/store/campaign-offers", methods: ["GET"], middlewares: [validateAndTransformQuery(StoreCampaignOffersQuery, {})] },
  { matcher: "/store/carts/:id/promotions", methods: ["POST"], middlewares: [checkCoupons] },
]
