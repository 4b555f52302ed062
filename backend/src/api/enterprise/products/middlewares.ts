import type { MiddlewareRoute } from "@medusajs/framework/http"

/** Validation and guards for the enterprise routes of products, their review by platform staff, and what suspension does to listings (auth runs before, see ../middlewares.ts). */
export const enterpriseProductRoutes: MiddlewareRoute[] = []
