import { uploadFilesStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkIssueInvoiceStep, type IssueInvoiceInput } from "./steps/check-issue"
import { markInvoiceIssuedStep } from "./steps/mark-issued"

/**
 * An enterprise issues its invoice for its part of an order: the e-invoice PDF is checked by its
 * bytes, stored private through the file module (deleted again by that step if marking fails),
 * and the invoice is marked issued. Uploading again replaces the file.
 */
export const issueInvoiceWorkflow = createWorkflow("issue-part-invoice", (input: IssueInvoiceInput) => {
  const toStore = checkIssueInvoiceStep(input)
  const stored = uploadFilesStep(toStore)
  const marked = markInvoiceIssuedStep(
    transform({ input, stored }, ({ input, stored }) => ({
      invoice_id: input.invoice_id,
      file_id: stored[0]!.id,
      file_name: input.file!.filename,
    }))
  )
  return new WorkflowResponse(marked)
})
