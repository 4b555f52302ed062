import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { partInvoiceViews, type PartInvoiceRow } from "../../../../../lib/part-invoices"
import { INVOICE_MODULE } from "../../../../../modules/invoice"
import type InvoiceModuleService from "../../../../../modules/invoice/service"
import { syncInvoiceRequests } from "../../../../../workflows/invoices/record-invoice-requests"
import { ownOrderOrThrow } from "./own-order"

/**
 * GET /store/orders/:id/invoices — the logged-in shopper's invoices for their own order, one per
 * enterprise that sold in it, with their status (requested / issued). Someone else's order: 404.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const due = await ownOrderOrThrow(req)
  await syncInvoiceRequests(req.scope, [due.order_id])
  const rows = (await req.scope
    .resolve<InvoiceModuleService>(INVOICE_MODULE)
    .listPartInvoices({ order_id: due.order_id }, { order: { created_at: "ASC" } })) as PartInvoiceRow[]
  res.json({ request: due.request, invoices: await partInvoiceViews(req.scope, rows, [due]) })
}
