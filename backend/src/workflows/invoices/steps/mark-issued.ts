import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVOICE_MODULE } from "../../../modules/invoice"
import type InvoiceModuleService from "../../../modules/invoice/service"

/** Marks the invoice issued with its stored PDF; compensation puts back what it was. */
export const markInvoiceIssuedStep = createStep(
  "mark-invoice-issued",
  async (input: { invoice_id: string; file_id: string; file_name: string }, { container }) => {
    const service = container.resolve<InvoiceModuleService>(INVOICE_MODULE)
    const before = await service.retrievePartInvoice(input.invoice_id)
    const updated = await service.updatePartInvoices({
      id: input.invoice_id,
      status: "issued",
      file_id: input.file_id,
      file_name: input.file_name,
      issued_at: new Date(),
    })
    return new StepResponse(updated, {
      id: before.id,
      status: before.status,
      file_id: before.file_id,
      file_name: before.file_name,
      issued_at: before.issued_at,
    })
  },
  async (before, { container }) => {
    if (before) await container.resolve<InvoiceModuleService>(INVOICE_MODULE).updatePartInvoices(before)
  }
)
