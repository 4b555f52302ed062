import type { MedusaContainer } from "@medusajs/framework/types"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { invoicesDue, type OrderInvoiceDue } from "../../lib/part-invoices"
import { recordInvoiceRequestsStep } from "./steps/record-requests"

/** Records the invoice each enterprise owes for its part of the given orders (idempotent). */
export const recordInvoiceRequestsWorkflow = createWorkflow("record-invoice-requests", (input: { due: OrderInvoiceDue[] }) => {
  return new WorkflowResponse(recordInvoiceRequestsStep(input))
})

/**
 * Makes sure the orders' invoice requests have their rows: run when an order is placed, and again
 * before invoices are read, so a request is never missed if the event was.
 */
export async function syncInvoiceRequests(container: MedusaContainer, orderIds: string[]): Promise<OrderInvoiceDue[]> {
  const due = await invoicesDue(container, orderIds)
  if (due.some((d) => d.request && d.enterprise_ids.length)) await recordInvoiceRequestsWorkflow(container).run({ input: { due } })
  return due
}
