import type { MiddlewareRoute } from "@medusajs/framework/http"

/** Validation for the campaign attribution report. */
export const adminAttributionRoutes: MiddlewareRoute[] = []
