import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { findCarrier } from "@seleno/domain"
import { SMS_TEMPLATES, smsRecipient } from "../../lib/sms"

export interface OrderShippedInput {
  /** The fulfilment whose shipment was created (event shipment.created). */
  fulfillment_id: string
  /** Whether an SMS provider is registered (SMS_GATEWAY_URL). */
  sms?: boolean
}

type ShippedRow = {
  id: string
  metadata?: Record<string, unknown> | null
  labels?: ({ tracking_number?: string | null; tracking_url?: string | null } | null)[] | null
  items?: ({ title?: string | null; quantity?: number | null } | null)[] | null
  order?: {
    id: string
    display_id?: number | null
    email?: string | null
    shipping_address?: { phone?: string | null } | null
    customer?: { phone?: string | null } | null
  } | null
}

/**
 * Tells the shopper a parcel left: an e-mail, and an SMS to the delivery (else account) mobile
 * number when an SMS provider is registered. One message per shipment and channel, so a redelivered
 * event sends nothing twice.
 */
export const sendOrderShippedWorkflow = createWorkflow("send-order-shipped", (input: OrderShippedInput) => {
  const { data: fulfillments } = useQueryGraphStep({
    entity: "fulfillment",
    fields: [
      "id",
      "metadata",
      "labels.tracking_number",
      "labels.tracking_url",
      "items.title",
      "items.quantity",
      "order.id",
      "order.display_id",
      "order.email",
      "order.shipping_address.phone",
      "order.customer.phone",
    ],
    filters: { id: input.fulfillment_id },
    options: { throwIfKeyNotFound: true },
  })
  const notifications = transform({ fulfillments, input }, ({ fulfillments, input }) => {
    const row = fulfillments[0] as unknown as ShippedRow
    const order = row.order
    if (!order) return []
    const label = (row.labels ?? []).find((l) => l?.tracking_number)
    const carrierCode = typeof row.metadata?.carrier === "string" ? row.metadata.carrier : null
    const carrier = carrierCode ? findCarrier(carrierCode) : undefined
    const data = {
      display_id: order.display_id,
      carrier: carrier ? { code: carrier.code, name: carrier.name } : null,
      tracking_number: label?.tracking_number ?? null,
      tracking_url: label?.tracking_url || null,
      items: (row.items ?? []).filter((i) => i !== null).map((i) => ({ title: i.title, quantity: i.quantity })),
    }
    const base = { trigger_type: "shipment.created", resource_id: order.id, resource_type: "order", template: SMS_TEMPLATES.orderShipped }
    const messages = []
    if (order.email) messages.push({ ...base, to: order.email, channel: "email", idempotency_key: `order-shipped:${row.id}:email`, data })
    const phone = input.sms ? smsRecipient(order.shipping_address?.phone) ?? smsRecipient(order.customer?.phone) : null
    if (phone) messages.push({ ...base, to: phone, channel: "sms", idempotency_key: `order-shipped:${row.id}:sms`, data })
    return messages
  })
  return new WorkflowResponse(sendNotificationsStep(notifications))
})
