import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { randomUUID } from "node:crypto"
import { codedError } from "../../../lib/coded-error"
import { INVOICE_MODULE } from "../../../modules/invoice"
import type InvoiceModuleService from "../../../modules/invoice/service"
import { sniffFile } from "../../enterprise-certificates/file-sniff"
import { UPLOAD_LIMITS } from "../../enterprise-certificates/upload-rules"

export interface IssueInvoiceInput {
  enterprise_id: string
  invoice_id: string
  file?: { filename: string; content: string }
}

/**
 * The invoice must be the calling enterprise's own (another's is answered as not found, so
 * nothing about it leaks), and the file a complete PDF by its bytes. Returns what to store:
 * a random private name, as the file holds the buyer's name and taxpayer id.
 */
export const checkIssueInvoiceStep = createStep("check-issue-invoice", async (input: IssueInvoiceInput, { container }) => {
  const [row] = await container
    .resolve<InvoiceModuleService>(INVOICE_MODULE)
    .listPartInvoices({ id: input.invoice_id, enterprise_id: input.enterprise_id }, { select: ["id"], take: 1 })
  if (!row) {
    throw codedError({ code: "invoice_not_your_part", params: {}, message: `Invoice ${input.invoice_id} was not found among this enterprise's invoices` }, MedusaError.Types.NOT_FOUND)
  }
  if (!input.file) throw codedError({ code: "invoice_file_missing", params: {}, message: 'file: no file was uploaded; send the PDF as multipart/form-data field "files"' })
  const content = Buffer.from(input.file.content, "base64")
  if (content.length > UPLOAD_LIMITS.maxBytes) {
    throw codedError({ code: "invoice_file_not_pdf", params: { file: input.file.filename }, message: `file: ${input.file.filename} is larger than ${UPLOAD_LIMITS.maxBytes} bytes` })
  }
  const sniffed = sniffFile(content)
  if (!("type" in sniffed) || sniffed.type !== "application/pdf") {
    const why = "reason" in sniffed ? sniffed.reason : `is a ${sniffed.type}`
    throw codedError({ code: "invoice_file_not_pdf", params: { file: input.file.filename }, message: `file: ${input.file.filename} ${why}; an e-invoice must be a PDF` })
  }
  return new StepResponse({
    files: [{ filename: `invoice-${randomUUID()}.pdf`, mimeType: "application/pdf", content: input.file.content, access: "private" as const }],
  })
})
