import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVOICE_MODULE } from "../../../modules/invoice"
import type InvoiceModuleService from "../../../modules/invoice/service"
import type { OrderInvoiceDue } from "../../../lib/part-invoices"

/**
 * One requested invoice per enterprise of each order that asked for one; rows that exist are
 * kept (an issued invoice is never reset). Compensation deletes the rows this step created.
 */
export const recordInvoiceRequestsStep = createStep(
  "record-invoice-requests",
  async (input: { due: OrderInvoiceDue[] }, { container }) => {
    const service = container.resolve<InvoiceModuleService>(INVOICE_MODULE)
    const wanted = input.due.flatMap((d) => (d.request ? d.enterprise_ids.map((enterprise_id) => ({ order_id: d.order_id, enterprise_id, request: d.request! })) : []))
    if (!wanted.length) return new StepResponse([], [])
    const existing = await service.listPartInvoices({ order_id: [...new Set(wanted.map((w) => w.order_id))] }, { select: ["order_id", "enterprise_id"] })
    const have = new Set(existing.map((r) => `${r.order_id}:${r.enterprise_id}`))
    const missing = wanted.filter((w) => !have.has(`${w.order_id}:${w.enterprise_id}`))
    if (!missing.length) return new StepResponse([], [])
    const created = await service.createPartInvoices(
      missing.map((w) => ({ order_id: w.order_id, enterprise_id: w.enterprise_id, type: w.request.type, title: w.request.title, taxpayer_id: w.request.taxpayer_id }))
    )
    const ids = created.map((r) => r.id)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<InvoiceModuleService>(INVOICE_MODULE).deletePartInvoices(ids)
  }
)
