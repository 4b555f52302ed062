import { type MiddlewareRoute } from "@medusajs/framework/http"
import { validateCodedBody } from "../../../validation/coded-body"
import { AdminCreateLiveSession, AdminUpdateLiveSession } from "./validators"

/** Validation for marketing staff's live-session routes. */
export const adminLiveSessionRoutes: MiddlewareRoute[] = [
  { matcher: "/admin/marketing/live-sessions", methods: ["POST"], middlewares: [validateCodedBody(AdminCreateLiveSession)] },
  { matcher: "/admin/marketing/live-sessions/:id", methods: ["POST"], middlewares: [validateCodedBody(AdminUpdateLiveSession)] },
]
