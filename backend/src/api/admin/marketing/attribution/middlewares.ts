import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminAttributionQuery } from "./validators"

/** Validation for the campaign attribution report. */
export const adminAttributionRoutes: MiddlewareRoute[] = [
  { matcher: "/admin/marketing/attribution", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminAttributionQuery, {})] },
  { matcher: "/admin/marketing/attribution/export", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminAttributionQuery, {})] },
]
