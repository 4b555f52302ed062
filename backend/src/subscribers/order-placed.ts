import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { syncInvoiceRequests } from "../workflows/invoices/record-invoice-requests"
import { sendOrderConfirmationWorkflow } from "../workflows/notifications/send-order-confirmation"

export default async function orderPlacedHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  // Each enterprise in the order owes its own invoice when the shopper asked for one.
  await syncInvoiceRequests(container, [event.data.id])
  await sendOrderConfirmationWorkflow(container).run({ input: { orderId: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed" }
