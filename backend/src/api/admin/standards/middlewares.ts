import { type MiddlewareRoute } from "@medusajs/framework/http"
import { validateCodedBody } from "../../validation/coded-body"
import { AdminCreateIssuer, AdminUpdateIssuer } from "../issuers/validators"
import { AdminCreateStandard, AdminSaveStandardRange, AdminUpdateStandard } from "./validators"

/** Validation for the registers staff keep: selenium standards with their ranges, and accredited issuers. */
export const adminCertificationRegisterRoutes: MiddlewareRoute[] = [
  { matcher: "/admin/standards", methods: ["POST"], middlewares: [validateCodedBody(AdminCreateStandard)] },
  { matcher: "/admin/standards/:id", methods: ["POST"], middlewares: [validateCodedBody(AdminUpdateStandard)] },
  { matcher: "/admin/standards/:id/ranges", methods: ["POST"], middlewares: [validateCodedBody(AdminSaveStandardRange)] },
  { matcher: "/admin/issuers", methods: ["POST"], middlewares: [validateCodedBody(AdminCreateIssuer)] },
  { matcher: "/admin/issuers/:id", methods: ["POST"], middlewares: [validateCodedBody(AdminUpdateIssuer)] },
]
