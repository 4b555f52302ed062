import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { sendInvoicePdf } from "../../../../../lib/part-invoice-file"
import { INVOICE_MODULE } from "../../../../../modules/invoice"
import type InvoiceModuleService from "../../../../../modules/invoice/service"
import { issueInvoiceWorkflow } from "../../../../../workflows/invoices/issue-invoice"
import { enterpriseOf } from "../../../context"

type Received = { originalname: string; buffer: Buffer }

/** POST /enterprise/invoices/:id/file (multipart field "files", one PDF) — issues the invoice. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const [file] = ((req as unknown as { files?: Received[] }).files ?? []) as Received[]
  const { result } = await issueInvoiceWorkflow(req.scope).run({
    input: {
      enterprise_id: enterpriseOf(req).enterpriseId,
      invoice_id: req.params.id!,
      file: file ? { filename: file.originalname, content: file.buffer.toString("base64") } : undefined,
    },
  })
  res.status(201).json({ invoice: { id: result.id, status: result.status, file_name: result.file_name, issued_at: result.issued_at } })
}

/** GET /enterprise/invoices/:id/file — the issued PDF, to the enterprise that issued it only. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const [row] = await req.scope
    .resolve<InvoiceModuleService>(INVOICE_MODULE)
    .listPartInvoices({ id: req.params.id!, enterprise_id: enterpriseOf(req).enterpriseId }, { take: 1 })
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Invoice ${req.params.id} was not found among this enterprise's invoices`)
  await sendInvoicePdf(req.scope, row, res)
}
