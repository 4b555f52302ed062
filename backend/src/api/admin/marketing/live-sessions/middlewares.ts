import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminCreateLiveSession, AdminUpdateLiveSession } from "./validators"

/** Validation for marketing staff's live-session routes. */
export const adminLiveSessionRoutes: MiddlewareRoute[] = [
  { matcher: "/admin/marketing/live-sessions", methods: ["POST"], middlewares: [validateAndTransformBody(AdminCreateLiveSession)] },
  { matcher: "/admin/marketing/live-sessions/:id", methods: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateLiveSession)] },
]
