import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminCreateIssuer, AdminUpdateIssuer } from "../issuers/validators"
import { AdminCreateStandard, AdminSaveStandardRange, AdminUpdateStandard } from "./validators"

/** Validation for the registers staff keep: selenium standards with their ranges, and accredited issuers. */
export const adminCertificationRegisterRoutes: MiddlewareRoute[] = [
  { matcher: "/admin/standards", methods: ["POST"], middlewares: [validateAndTransformBody(AdminCreateStandard)] },
  { matcher: "/admin/standards/:id", methods: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateStandard)] },
  { matcher: "/admin/standards/:id/ranges", methods: ["POST"], middlewares: [validateAndTransformBody(AdminSaveStandardRange)] },
  { matcher: "/admin/issuers", methods: ["POST"], middlewares: [validateAndTransformBody(AdminCreateIssuer)] },
  { matcher: "/admin/issuers/:id", methods: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateIssuer)] },
]
