import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { adminReportCaseDetail, readCase } from "../views"

/** GET /admin/report-cases/:id — one case with its photo link, links, certificates and history. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const row = await readCase(req.scope, { id: req.params.id! })
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Report case with id: ${req.params.id} was not found`)
  res.json({ report_case: await adminReportCaseDetail(req.scope, row) })
}
