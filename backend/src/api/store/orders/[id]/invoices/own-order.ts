import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { invoicesDue, type OrderInvoiceDue } from "../../../../../lib/part-invoices"

/**
 * The order of `:id` when the logged-in customer placed it; otherwise (unknown, a guest order, or
 * another customer's) a 404 that says nothing about whether it exists.
 */
export async function ownOrderOrThrow(req: AuthenticatedMedusaRequest): Promise<OrderInvoiceDue> {
  const [due] = await invoicesDue(req.scope, [req.params.id!])
  if (!due || !due.customer_id || due.customer_id !== req.auth_context?.actor_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${req.params.id} was not found among your orders`)
  }
  return due
}
