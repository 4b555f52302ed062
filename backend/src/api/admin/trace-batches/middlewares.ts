import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { validateCodedBody } from "../../validation/coded-body"
import { AdminCreateTraceBatch, AdminListFlaggedSerials, AdminRecordTraceEvent, AdminReviewSerial, AdminVoidTraceBatch } from "./validators"

/** Validation of the staff traceability routes: batches and the counterfeit review list. */
export const adminTraceRoutes: MiddlewareRoute[] = [
  { matcher: "/admin/trace-batches", methods: ["POST"], middlewares: [validateCodedBody(AdminCreateTraceBatch)] },
  { matcher: "/admin/trace-batches/:id/events", methods: ["POST"], middlewares: [validateCodedBody(AdminRecordTraceEvent)] },
  { matcher: "/admin/trace-batches/:id/void", methods: ["POST"], middlewares: [validateCodedBody(AdminVoidTraceBatch)] },
  { matcher: "/admin/flagged-serials", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListFlaggedSerials, {})] },
  { matcher: "/admin/flagged-serials/:id/confirm", methods: ["POST"], middlewares: [validateCodedBody(AdminReviewSerial)] },
  { matcher: "/admin/flagged-serials/:id/clear", methods: ["POST"], middlewares: [validateCodedBody(AdminReviewSerial)] },
]
