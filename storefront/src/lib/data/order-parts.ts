import "server-only"
import { isClientError, sdk } from "./medusa"

export type OrderPartStatus = "not_fulfilled" | "partially_fulfilled" | "fulfilled" | "shipped"

export interface OrderPart {
  enterprise: { id: string; handle: string; name: string }
  status: OrderPartStatus
  items: { id: string; title: string; product_title: string | null; variant_title: string | null; quantity: number; shipped_quantity: number }[]
  shipments: {
    id: string
    carrier: { code: string; name: { zh: string; en: string } } | null
    tracking_number: string | null
    tracking_url: string | null
    shipped_at: string | null
  }[]
}

/** Which enterprise ships which items of the order, and how far each part has got. */
export async function retrieveOrderParts(orderId: string): Promise<OrderPart[]> {
  try {
    const { parts } = await sdk().client.fetch<{ parts: OrderPart[] }>(`/store/orders/${encodeURIComponent(orderId)}/parts`)
    return parts
  } catch (error) {
    if (isClientError(error)) return []
    throw error
  }
}
