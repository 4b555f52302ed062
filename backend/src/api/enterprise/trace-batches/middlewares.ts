import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminVoidTraceBatch } from "../../admin/trace-batches/validators"

/** Validation of the enterprise's batch withdrawal (auth and the enterprise context run before, see ../middlewares.ts). */
export const enterpriseTraceRoutes: MiddlewareRoute[] = [
  { matcher: "/enterprise/trace-batches/:id/void", methods: ["POST"], middlewares: [validateAndTransformBody(AdminVoidTraceBatch)] },
]
