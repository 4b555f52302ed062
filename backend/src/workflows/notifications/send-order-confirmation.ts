import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { buildTotalsView, TOTALS_FIELDS, type MedusaTotalsSource } from "@seleno/domain"

/** Sends the shopper an order confirmation through the Notification Module (logged locally by default). */
export const sendOrderConfirmationWorkflow = createWorkflow(
  "send-order-confirmation",
  (input: { orderId: string }) => {
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: [
        "id",
        "display_id",
        "email",
        "currency_code",
        "total",
        "items.title",
        "items.quantity",
        // Everything the totals view reads: the e-mail shows the same breakdown as the order page.
        ...TOTALS_FIELDS,
        "shipping_address.province",
        "shipping_address.city",
        "shipping_address.address_2",
        "shipping_address.address_1",
      ],
      filters: { id: input.orderId },
      options: { throwIfKeyNotFound: true },
    })
    const notifications = transform({ orders }, ({ orders }) => {
      const order = orders[0]!
      return [
        {
          to: order.email ?? "",
          channel: "email",
          template: "order-confirmation",
          trigger_type: "order.placed",
          resource_id: order.id,
          resource_type: "order",
          data: {
            display_id: order.display_id,
            total: order.total,
            // Items, each discount by code, shipping per parcel, VAT included, total: integer fen.
            totals: buildTotalsView(order as unknown as MedusaTotalsSource),
            currency_code: order.currency_code,
            items: (order.items ?? []).map((item: { title?: string; quantity?: number } | null) => ({ title: item?.title, quantity: item?.quantity })),
            shipping_address: order.shipping_address,
          },
        },
      ]
    })
    const sent = sendNotificationsStep(notifications)
    return new WorkflowResponse(sent)
  }
)
