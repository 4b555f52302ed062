import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { reportPhotoType } from "@seleno/domain"
import { REPORT_CASE_MODULE } from "../../../../../modules/report-case"
import type ReportCaseModuleService from "../../../../../modules/report-case/service"

/** GET /admin/report-cases/:id/photo — the reporter's photo, to staff only (the file is stored private). */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const [found] = await req.scope
    .resolve<ReportCaseModuleService>(REPORT_CASE_MODULE)
    .listReportCases({ id: req.params.id! }, { select: ["id", "photo_file_id"], take: 1 })
  if (!found?.photo_file_id) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Report case ${req.params.id} has no photo`)
  const bytes = await req.scope.resolve(Modules.FILE).getAsBuffer(found.photo_file_id)
  // The type its bytes prove (it was checked on arrival); never sniffed further by the browser.
  res.setHeader("Content-Type", reportPhotoType(bytes) ?? "application/octet-stream")
  res.setHeader("X-Content-Type-Options", "nosniff")
  res.setHeader("Cache-Control", "private, no-store")
  res.send(bytes)
}
