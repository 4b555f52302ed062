import type { MiddlewareRoute } from "@medusajs/framework/http"

/** Validation and guards for the enterprise routes of orders, fulfilments, dashboard and settlement (auth runs before, see ../middlewares.ts). */
export const enterpriseOrderRoutes: MiddlewareRoute[] = []
