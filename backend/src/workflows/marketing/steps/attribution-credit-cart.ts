import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { attributionWindow, firstTouch, isVisitorId } from "../../../lib/marketing/attribution"
import { MARKETING_MODULE } from "../../../modules/marketing"
import type MarketingModuleService from "../../../modules/marketing/service"

export interface CartCredit {
  /** The campaign page the cart belongs to, or null when no campaign link brought the visitor. */
  campaign_page_id: string | null
  visitor_id: string | null
}

/** A unique-index violation: a concurrent event credited the same cart first. */
function isUniqueViolation(error: unknown): boolean {
  const text = `${(error as { code?: string })?.code ?? ""} ${(error as Error)?.message ?? ""}`
  return /23505|unique|already exists/i.test(text)
}

/**
 * Credits a cart to the campaign of its visitor's first visit in the window before the cart was
 * made (kind "cart", attributed), naming that visit. A cart is credited once: a cart already credited keeps its
 * campaign, so later events (or the order) only read it. Undone by deleting the row it wrote.
 */
export const attributionCreditCartStep = createStep(
  "attribution-credit-cart",
  async (input: { cart_id: string | null }, { container }) => {
    const marketing = container.resolve<MarketingModuleService>(MARKETING_MODULE)
    const none = (visitor_id: string | null = null) => new StepResponse<CartCredit, string | null>({ campaign_page_id: null, visitor_id }, null)
    // Orders made without a cart (draft orders) have nothing to credit.
    if (!input.cart_id) return none()

    const [existing] = await marketing.listCampaignConversions({ kind: "cart", cart_id: input.cart_id }, { select: ["campaign_page_id", "visitor_id"], take: 1 })
    if (existing) return new StepResponse<CartCredit, string | null>({ campaign_page_id: existing.campaign_page_id, visitor_id: existing.visitor_id }, null)

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: carts } = await query.graph({ entity: "cart", fields: ["id", "created_at", "currency_code", "metadata"], filters: { id: input.cart_id } })
    const cart = carts[0] as { id: string; created_at: Date | string; currency_code: string; metadata?: Record<string, unknown> | null } | undefined
    const visitorId = cart?.metadata?.visitor_id
    if (!cart || !isVisitorId(visitorId)) return none()

    const createdAt = new Date(cart.created_at)
    const { start, end } = attributionWindow(createdAt)
    const visits = await marketing.listCampaignVisits(
      { visitor_id: visitorId, visited_at: { $gte: start, $lte: end } },
      { select: ["id", "campaign_page_id", "visited_at"], order: { visited_at: "ASC" }, take: 1 }
    )
    const first = firstTouch(visits, createdAt)
    if (!first) return none(visitorId)

    try {
      const created = await marketing.createCampaignConversions({
        kind: "cart",
        campaign_page_id: first.campaign_page_id,
        visitor_id: visitorId,
        // The claiming visit: reports count the cart through it (its day, source and medium).
        campaign_visit_id: first.id,
        cart_id: cart.id,
        attributed: true,
        revenue: 0,
        discount: 0,
        currency_code: cart.currency_code,
        converted_at: createdAt,
      })
      return new StepResponse<CartCredit, string | null>({ campaign_page_id: first.campaign_page_id, visitor_id: visitorId }, created.id)
    } catch (error) {
      if (!isUniqueViolation(error)) throw error
      return new StepResponse<CartCredit, string | null>({ campaign_page_id: first.campaign_page_id, visitor_id: visitorId }, null)
    }
  },
  async (createdId, { container }) => {
    if (!createdId) return
    await container.resolve<MarketingModuleService>(MARKETING_MODULE).deleteCampaignConversions(createdId)
  }
)
