import type { MiddlewareRoute } from "@medusajs/framework/http"

/** Validation for campaign visits the storefront reports. */
export const storeCampaignVisitRoutes: MiddlewareRoute[] = []
