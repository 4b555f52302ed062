import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import { validateCodedBody } from "../validation/coded-body"
import { EnterpriseApply } from "../enterprise-applications/validators"
import { EnterpriseAcceptInvite, EnterpriseInviteStaff, EnterpriseUpdateMember } from "../enterprise-invites/validators"
import { enterpriseAfterSalesRoutes } from "./after-sales/middlewares"
import { EnterpriseRequestBrandAuthorization } from "./brand-authorization-requests/validators"
import { enterpriseCertificateRoutes } from "./certificates/middlewares"
import { resolveEnterprise } from "./context"
import { enterpriseInvoiceRoutes } from "./invoices/middlewares"
import { refuseCrossSiteWrites } from "./cross-site"
import { EnterpriseSetDiscountConsent } from "./discount-consent/validators"
import { EnterpriseUpdateMe } from "./me/validators"
import { EnterpriseEditProfile } from "./profile/validators"
import { EnterpriseSetPriceFloor } from "./price-floors/validators"
import { enterpriseOrderRoutes } from "./orders/middlewares"
import { productSheetRoutes } from "./product-sheet/middlewares"
import { enterpriseProductRoutes } from "./products/middlewares"
import { enforceEnterpriseRole } from "./roles"
import { enterpriseTraceRoutes } from "./trace-batches/middlewares"

// Bearer tokens for API clients, the session cookie for browsers (see the portal's CSRF guard).
const AUTH_METHODS: ("session" | "bearer")[] = ["session", "bearer"]

/** The enterprise portal's API: who the caller is comes from the authenticated actor only. */
export const enterpriseRoutes: MiddlewareRoute[] = [
  {
    matcher: "/enterprise-applications",
    methods: ["POST"],
    middlewares: [refuseCrossSiteWrites, authenticate("enterprise", AUTH_METHODS, { allowUnregistered: true }), validateCodedBody(EnterpriseApply)],
  },
  {
    matcher: "/enterprise-invites/accept",
    methods: ["POST"],
    middlewares: [refuseCrossSiteWrites, authenticate("enterprise", AUTH_METHODS, { allowUnregistered: true }), validateCodedBody(EnterpriseAcceptInvite)],
  },
  { matcher: "/enterprise/*", middlewares: [refuseCrossSiteWrites, authenticate("enterprise", AUTH_METHODS), resolveEnterprise, enforceEnterpriseRole] },
  { matcher: "/enterprise/me", methods: ["POST"], middlewares: [validateCodedBody(EnterpriseUpdateMe)] },
  { matcher: "/enterprise/profile", methods: ["POST"], middlewares: [validateCodedBody(EnterpriseEditProfile)] },
  { matcher: "/enterprise/invites", methods: ["POST"], middlewares: [validateCodedBody(EnterpriseInviteStaff)] },
  { matcher: "/enterprise/brand-authorization-requests", methods: ["POST"], middlewares: [validateCodedBody(EnterpriseRequestBrandAuthorization)] },
  { matcher: "/enterprise/accounts/:id", methods: ["POST"], middlewares: [validateCodedBody(EnterpriseUpdateMember)] },
  { matcher: "/enterprise/discount-consent", methods: ["POST"], middlewares: [validateCodedBody(EnterpriseSetDiscountConsent)] },
  { matcher: "/enterprise/price-floors", methods: ["POST"], middlewares: [validateCodedBody(EnterpriseSetPriceFloor)] },
  ...enterpriseProductRoutes,
  ...productSheetRoutes,
  ...enterpriseCertificateRoutes,
  ...enterpriseOrderRoutes,
  ...enterpriseTraceRoutes,
  ...enterpriseInvoiceRoutes,
  ...enterpriseAfterSalesRoutes,
]
