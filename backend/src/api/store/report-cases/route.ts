import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reportPhotoType, type StoreReportCaseReceipt } from "@seleno/domain"
import { createReportCaseWorkflow } from "../../../workflows/report-cases/create-report-case"
import type { ReportRequest } from "./middlewares"
import type { StoreCreateReportCaseType } from "./validators"

/**
 * POST /store/report-cases (multipart with an optional "photo", or JSON) — a shopper reports a
 * counterfeit, a wrong label or a quality problem and gets the case number back. Validated and
 * throttled per network by ./middlewares.ts before it gets here.
 */
export const POST = async (req: MedusaRequest<StoreCreateReportCaseType>, res: MedusaResponse) => {
  const file = (req as ReportRequest).file
  const type = file ? reportPhotoType(file.buffer) : null
  const { result } = await createReportCaseWorkflow(req.scope).run({
    input: { ...req.validatedBody, photo: file && type ? { type, base64: file.buffer.toString("base64") } : null },
  })
  const receipt: StoreReportCaseReceipt = {
    number: result.number,
    kind: result.kind,
    status: result.status,
    created_at: new Date(result.created_at).toISOString(),
  }
  res.status(201).json({ report_case: receipt })
}
