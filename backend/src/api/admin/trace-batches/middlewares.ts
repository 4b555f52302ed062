import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminCreateTraceBatch, AdminListFlaggedSerials, AdminRecordTraceEvent, AdminReviewSerial, AdminVoidTraceBatch } from "./validators"

/** Validation of the staff traceability routes: batches and the counterfeit review list. */
export const adminTraceRoutes: MiddlewareRoute[] = [
  { matcher: "/admin/trace-batches", methods: ["POST"], middlewares: [validateAndTransformBody(AdminCreateTraceBatch)] },
  { matcher: "/admin/trace-batches/:id/events", methods: ["POST"], middlewares: [validateAndTransformBody(AdminRecordTraceEvent)] },
  { matcher: "/admin/trace-batches/:id/void", methods: ["POST"], middlewares: [validateAndTransformBody(AdminVoidTraceBatch)] },
  { matcher: "/admin/flagged-serials", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListFlaggedSerials, {})] },
  { matcher: "/admin/flagged-serials/:id/confirm", methods: ["POST"], middlewares: [validateAndTransformBody(AdminReviewSerial)] },
  { matcher: "/admin/flagged-serials/:id/clear", methods: ["POST"], middlewares: [validateAndTransformBody(AdminReviewSerial)] },
]
