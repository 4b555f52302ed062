import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ordersWithProducts, productEnterpriseMap } from "../../../lib/enterprise-order-parts"
import { partInvoiceViews, type PartInvoiceRow } from "../../../lib/part-invoices"
import { INVOICE_MODULE } from "../../../modules/invoice"
import type InvoiceModuleService from "../../../modules/invoice/service"
import { syncInvoiceRequests } from "../../../workflows/invoices/record-invoice-requests"
import { enterpriseOf } from "../context"

// The recent orders whose requests are (re)recorded before listing, in case an event was missed.
const SYNC_RECENT_ORDERS = 200

/**
 * GET /enterprise/invoices — the 发票 this enterprise owes for its parts of orders, newest first:
 * requested ones to issue, issued ones with their file. Only its own; the id comes from the actor.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { enterpriseId } = enterpriseOf(req)
  const products = await productEnterpriseMap(req.scope, enterpriseId)
  const { ids } = await ordersWithProducts(req.scope, [...products.keys()], { limit: SYNC_RECENT_ORDERS, offset: 0 })
  const due = await syncInvoiceRequests(req.scope, ids)
  const rows = (await req.scope
    .resolve<InvoiceModuleService>(INVOICE_MODULE)
    .listPartInvoices({ enterprise_id: enterpriseId }, { order: { created_at: "DESC" }, take: 500 })) as PartInvoiceRow[]
  res.json({ invoices: await partInvoiceViews(req.scope, rows, due) })
}
