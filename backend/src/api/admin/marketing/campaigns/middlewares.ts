import type { MiddlewareRoute } from "@medusajs/framework/http"

/** Validation for marketing staff's campaign routes. */
export const adminCampaignRoutes: MiddlewareRoute[] = []
