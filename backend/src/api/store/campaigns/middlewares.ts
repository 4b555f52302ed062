import type { MiddlewareRoute } from "@medusajs/framework/http"

/** Validation for the store's campaign pages, offers and the coupon check in front of Medusa's cart promotions route. */
export const storeCampaignRoutes: MiddlewareRoute[] = []
