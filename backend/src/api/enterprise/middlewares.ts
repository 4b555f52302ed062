import { authenticate, validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { EnterpriseApply } from "../enterprise-applications/validators"
import { resolveEnterprise } from "./context"

// Bearer tokens for API clients, the session cookie for browsers (see the portal's CSRF guard).
const AUTH_METHODS: ("session" | "bearer")[] = ["session", "bearer"]

/** The enterprise portal's API: who the caller is comes from the authenticated actor only. */
export const enterpriseRoutes: MiddlewareRoute[] = [
  {
    matcher: "/enterprise-applications",
    methods: ["POST"],
    middlewares: [authenticate("enterprise", AUTH_METHODS, { allowUnregistered: true }), validateAndTransformBody(EnterpriseApply)],
  },
  { matcher: "/enterprise/*", middlewares: [authenticate("enterprise", AUTH_METHODS), resolveEnterprise] },
]
