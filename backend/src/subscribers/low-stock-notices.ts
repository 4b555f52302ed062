import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { VARIANT_STOCK_CHANGED } from "../lib/events"
import { smsConfigured } from "../lib/sms"
import { sendEnterpriseNoticeWorkflow } from "../workflows/notifications/send-enterprise-notice"
import { checkLowStockWorkflow } from "../workflows/stock-alerts/check-low-stock"

type Data = { id?: string; variant_ids?: string[] }

/**
 * After an order is placed or canceled, or an enterprise changes a variant's stock, the variants'
 * sellable stock is held against their low-stock thresholds: a threshold newly reached tells the
 * enterprise's owner and operators (once per crossing), one left behind is re-armed.
 */
export default async function lowStockNoticesHandler({ event, container }: SubscriberArgs<Data>) {
  let variantIds = event.data.variant_ids ?? []
  if (event.name !== VARIANT_STOCK_CHANGED && event.data.id) {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["items.variant_id"], filters: { id: event.data.id } })
    variantIds = ((data[0]?.items ?? []) as ({ variant_id?: string | null } | null)[]).flatMap((i) => (i?.variant_id ? [i.variant_id] : []))
  }
  if (!variantIds.length) return
  const { result } = await checkLowStockWorkflow(container).run({ input: { variant_ids: variantIds } })
  for (const id of result.crossed) {
    await sendEnterpriseNoticeWorkflow(container).run({
      input: { kind: "low_stock", id, storefront_url: process.env.STOREFRONT_URL || "http://localhost:8000", sms: smsConfigured() },
    })
  }
}

export const config: SubscriberConfig = {
  event: ["order.placed", "order.canceled", VARIANT_STOCK_CHANGED],
  context: { subscriberId: "low-stock-notices" },
}
