import type { MiddlewareRoute } from "@medusajs/framework/http"

/** Validation for marketing staff's live-session routes. */
export const adminLiveSessionRoutes: MiddlewareRoute[] = []
