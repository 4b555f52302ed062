import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { REPORT_CASE_STATUSES, type WorkQueuesView } from "@seleno/domain"

const OPEN_CASE_STATUSES = REPORT_CASE_STATUSES.filter((s) => s !== "closed")

/** GET /admin/work-queues — how much waits for staff: one counting query per queue, run together. */
export const GET = async (req: MedusaRequest, res: MedusaResponse<WorkQueuesView>) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const count = async (entity: string, filters: Record<string, unknown>) => {
    const { metadata } = await query.graph({ entity, fields: ["id"], filters, pagination: { take: 1, skip: 0 } })
    return metadata?.count ?? 0
  }
  const [applications, listings, certificates, authorization_requests, profile_changes, report_cases] = await Promise.all([
    count("enterprise", { status: "pending" }),
    count("product", { status: ProductStatus.PROPOSED }),
    count("certificate", { review_status: "pending" }),
    count("brand_authorization_request", { status: "pending" }),
    count("enterprise_profile_change", { status: "pending" }),
    count("report_case", { status: OPEN_CASE_STATUSES }),
  ])
  res.json({ applications, listings, certificates, authorization_requests, profile_changes, report_cases })
}
