import { authenticate, validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { EnterpriseApply } from "../enterprise-applications/validators"
import { enterpriseCertificateRoutes } from "./certificates/middlewares"
import { resolveEnterprise } from "./context"
import { enterpriseOrderRoutes } from "./orders/middlewares"
import { enterpriseProductRoutes } from "./products/middlewares"

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
  ...enterpriseProductRoutes,
  ...enterpriseCertificateRoutes,
  ...enterpriseOrderRoutes,
]
