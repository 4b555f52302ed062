import { type MiddlewareRoute } from "@medusajs/framework/http"
import { validateCodedBody } from "../../validation/coded-body"
import { AdminVoidTraceBatch } from "../../admin/trace-batches/validators"

/** Validation of the enterprise's batch withdrawal (auth and the enterprise context run before, see ../middlewares.ts). */
export const enterpriseTraceRoutes: MiddlewareRoute[] = [
  { matcher: "/enterprise/trace-batches/:id/void", methods: ["POST"], middlewares: [validateCodedBody(AdminVoidTraceBatch)] },
]
