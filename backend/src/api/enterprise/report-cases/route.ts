import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { REPORT_CASE_FIELDS, toEnterpriseReportCase, type CaseRow } from "../../admin/report-cases/views"
import { enterpriseOf } from "../context"

/** Contact and photo are never read for an enterprise, so they cannot leak through a view mistake. */
const ENTERPRISE_FIELDS = REPORT_CASE_FIELDS.filter((f) => !["contact", "photo_file_id", "entries.note", "entries.actor_id", "entries.target_id"].includes(f))

/** GET /enterprise/report-cases — reports about the caller's own products, newest first; read-only. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "report_case",
    fields: ENTERPRISE_FIELDS,
    filters: { enterprise_id: enterpriseOf(req).enterpriseId },
    pagination: { take: 200, order: { created_at: "DESC" } },
  })
  const report_cases = (data as unknown as CaseRow[]).map((row) => toEnterpriseReportCase({ ...row, contact: null, photo_file_id: null }))
  res.json({ report_cases, count: report_cases.length })
}
