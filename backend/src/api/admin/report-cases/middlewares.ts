import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { validateCodedBody } from "../../validation/coded-body"
import { AdminListReportCases, AdminReportCaseAction, AdminTransitionReportCase } from "./validators"

/** The staff case queue (admin auth is Medusa's own; marketing staff are refused by the role check first). */
export const adminReportCaseRoutes: MiddlewareRoute[] = [
  { matcher: "/admin/report-cases", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListReportCases, {})] },
  { matcher: "/admin/report-cases/:id/status", methods: ["POST"], middlewares: [validateCodedBody(AdminTransitionReportCase)] },
  { matcher: "/admin/report-cases/:id/actions", methods: ["POST"], middlewares: [validateCodedBody(AdminReportCaseAction)] },
]
