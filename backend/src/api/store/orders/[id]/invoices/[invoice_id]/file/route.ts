import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { sendInvoicePdf } from "../../../../../../../lib/part-invoice-file"
import { INVOICE_MODULE } from "../../../../../../../modules/invoice"
import type InvoiceModuleService from "../../../../../../../modules/invoice/service"
import { ownOrderOrThrow } from "../../own-order"

/** GET /store/orders/:id/invoices/:invoice_id/file — an issued e-invoice PDF, to the order's owner only. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const due = await ownOrderOrThrow(req)
  const [row] = await req.scope
    .resolve<InvoiceModuleService>(INVOICE_MODULE)
    .listPartInvoices({ id: req.params.invoice_id!, order_id: due.order_id }, { take: 1 })
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Invoice ${req.params.invoice_id} is not one of order ${due.order_id}'s invoices`)
  await sendInvoicePdf(req.scope, row, res)
}
