import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminMonitoringQuery } from "./validators"

/** Validation for the market monitoring report and its CSV (platform staff only: not in marketing's allow-list). */
export const adminMonitoringRoutes: MiddlewareRoute[] = [
  { matcher: "/admin/monitoring", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminMonitoringQuery, {})] },
  { matcher: "/admin/monitoring/export", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminMonitoringQuery, {})] },
]
