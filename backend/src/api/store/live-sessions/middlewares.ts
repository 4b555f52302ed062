import type { MiddlewareRoute } from "@medusajs/framework/http"

/** Validation for the store's live sessions. */
export const storeLiveSessionRoutes: MiddlewareRoute[] = []
