import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { adjustmentsWithTax, discountsByCampaignPage, orderConversions, type OrderAdjustment } from "../../../lib/marketing/attribution"
import { MARKETING_MODULE } from "../../../modules/marketing"
import type MarketingModuleService from "../../../modules/marketing/service"

type Amount = number | string | { toJSON?: () => unknown } | null | undefined
type Adjusted = { discount_total?: Amount; adjustments?: ({ amount: Amount; promotion_id?: string | null } | null)[] | null } | null

interface OrderRow {
  id: string
  created_at: Date | string
  currency_code: string
  total: Amount
  cart?: { id: string } | null
  items?: Adjusted[] | null
  shipping_methods?: Adjusted[] | null
}

const toNumber = (amount: Amount): number => (amount == null ? 0 : MathBN.convert(amount as number).toNumber())

/** The order's cart (Medusa links them) and what it needs for attribution. */
export const attributionLoadOrderStep = createStep("attribution-load-order", async (input: { order_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "created_at",
      "currency_code",
      "total",
      "cart.id",
      "items.discount_total",
      "items.adjustments.amount",
      "items.adjustments.promotion_id",
      "shipping_methods.discount_total",
      "shipping_methods.adjustments.amount",
      "shipping_methods.adjustments.promotion_id",
    ],
    filters: { id: input.order_id },
  })
  const order = data[0] as OrderRow | undefined
  if (!order) return new StepResponse(null)
  const adjustments: OrderAdjustment[] = adjustmentsWithTax(
    [...(order.items ?? []), ...(order.shipping_methods ?? [])].flatMap((line) =>
      line
        ? [
            {
              discount_total: toNumber(line.discount_total),
              adjustments: (line.adjustments ?? []).flatMap((a) => (a ? [{ amount: toNumber(a.amount), promotion_id: a.promotion_id ?? null }] : [])),
            },
          ]
        : []
    )
  )
  return new StepResponse({
    id: order.id,
    cart_id: order.cart?.id ?? null,
    created_at: new Date(order.created_at),
    currency_code: order.currency_code,
    total: toNumber(order.total),
    adjustments,
  })
})

export interface OrderCreditInput {
  order: { id: string; cart_id: string | null; created_at: Date | string; currency_code: string; total: number; adjustments: OrderAdjustment[] }
  attributed_page_id: string | null
  visitor_id: string | null
}

/**
 * Writes the order's conversions: the cart's campaign with the order total as revenue, and every
 * campaign whose promotions gave a discount in the order (unattributed when it is not the cart's).
 * Rows already written for this order are kept, so a repeated event adds nothing. Undone by
 * deleting what it wrote.
 */
export const attributionCreditOrderStep = createStep(
  "attribution-credit-order",
  async (input: OrderCreditInput, { container }) => {
    const marketing = container.resolve<MarketingModuleService>(MARKETING_MODULE)
    const { order } = input
    const cartId = order.cart_id
    // Conversions are keyed by cart; an order made without one (a draft order) is not counted.
    if (!cartId) return new StepResponse({ created: 0 }, [] as string[])
    const promotionIds = [...new Set(order.adjustments.map((a) => a.promotion_id).filter((id): id is string => Boolean(id)))]
    const pageOfPromotion = new Map<string, string>()
    if (promotionIds.length) {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: promotions } = await query.graph({ entity: "promotion", fields: ["id", "campaign_id"], filters: { id: promotionIds } })
      const campaignIds = [...new Set(promotions.map((p: { campaign_id?: string | null }) => p.campaign_id).filter((id): id is string => Boolean(id)))]
      const pages = campaignIds.length ? await marketing.listCampaignPages({ campaign_id: campaignIds }, { select: ["id", "campaign_id"] }) : []
      const pageOfCampaign = new Map(pages.map((p) => [p.campaign_id, p.id]))
      for (const p of promotions as { id: string; campaign_id?: string | null }[]) {
        const page = p.campaign_id ? pageOfCampaign.get(p.campaign_id) : undefined
        if (page) pageOfPromotion.set(p.id, page)
      }
    }
    const drafts = orderConversions({
      attributedPageId: input.attributed_page_id,
      orderTotal: order.total,
      discounts: discountsByCampaignPage(order.adjustments, pageOfPromotion),
    })
    if (!drafts.length) return new StepResponse({ created: 0 }, [] as string[])

    const existing = await marketing.listCampaignConversions({ kind: "order", cart_id: cartId }, { select: ["campaign_page_id"] })
    const done = new Set(existing.map((c) => c.campaign_page_id))
    const missing = drafts.filter((d) => !done.has(d.campaign_page_id))
    if (!missing.length) return new StepResponse({ created: 0 }, [] as string[])
    const created = await marketing.createCampaignConversions(
      missing.map((d) => ({
        kind: "order" as const,
        campaign_page_id: d.campaign_page_id,
        visitor_id: input.visitor_id,
        cart_id: cartId,
        order_id: order.id,
        attributed: d.attributed,
        revenue: d.revenue,
        discount: d.discount,
        currency_code: order.currency_code,
        converted_at: new Date(order.created_at),
      }))
    )
    return new StepResponse({ created: created.length }, created.map((c) => c.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<MarketingModuleService>(MARKETING_MODULE).deleteCampaignConversions(ids)
  }
)
