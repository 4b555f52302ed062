import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminListReportCasesType } from "./validators"
import { REPORT_CASE_FIELDS, toAdminReportCase, type CaseRow } from "./views"

/** GET /admin/report-cases — the staff queue, newest first, filtered by status and kind. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { status, kind, limit, offset } = req.validatedQuery as AdminListReportCasesType
  const { data, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "report_case",
    fields: REPORT_CASE_FIELDS.filter((f) => !f.startsWith("entries.") && !f.startsWith("trace_batch.")),
    filters: { ...(status ? { status } : {}), ...(kind ? { kind } : {}) },
    pagination: { take: limit, skip: offset, order: { created_at: "DESC" } },
  })
  const report_cases = (data as unknown as CaseRow[]).map(toAdminReportCase)
  res.json({ report_cases, count: metadata?.count ?? report_cases.length, limit, offset })
}
