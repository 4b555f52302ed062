import { ATTRIBUTION_WINDOW_DAYS } from "@seleno/domain"

/**
 * First-touch campaign attribution, kept free of Medusa so the rules can be tested on their own:
 * a cart belongs to the campaign of the visitor's FIRST visit in the window before the cart was
 * made, and its order to the same campaign; discounts are counted for every campaign whose
 * promotions the order used, attributed or not, so the discount a campaign spent is complete.
 */

/** The storefront's first-party visitor id: random, URL-safe, long enough not to be guessed. */
export const VISITOR_ID = /^[A-Za-z0-9_-]{16,64}$/

export function isVisitorId(value: unknown): value is string {
  return typeof value === "string" && VISITOR_ID.test(value)
}

const DAY_MS = 24 * 60 * 60 * 1000

/** [start, end] of the visits that may claim a cart made at `cartCreatedAt`. */
export function attributionWindow(cartCreatedAt: Date, days = ATTRIBUTION_WINDOW_DAYS): { start: Date; end: Date } {
  return { start: new Date(cartCreatedAt.getTime() - days * DAY_MS), end: cartCreatedAt }
}

export interface VisitTouch {
  campaign_page_id: string
  visited_at: Date | string
}

/** The visit that claims a cart: the earliest one inside the window, or null. */
export function firstTouch<V extends VisitTouch>(visits: V[], cartCreatedAt: Date, days = ATTRIBUTION_WINDOW_DAYS): V | null {
  const { start, end } = attributionWindow(cartCreatedAt, days)
  let first: V | null = null
  for (const visit of visits) {
    const at = new Date(visit.visited_at).getTime()
    if (at < start.getTime() || at > end.getTime()) continue
    if (!first || at < new Date(first.visited_at).getTime()) first = visit
  }
  return first
}

/** Money rounded to the cent (CNY has two decimals), free of float noise such as 0.30000000000000004. */
export function roundMoney(amount: number): number {
  return Math.round((amount + Number.EPSILON) * 100) / 100
}

export interface OrderAdjustment {
  amount: number
  promotion_id: string | null | undefined
}

export interface AdjustedLine {
  /** What the shopper saved on the line, tax included (Medusa's discount_total). */
  discount_total: number
  adjustments: OrderAdjustment[]
}

/**
 * The line's saving shared among its adjustments. Medusa keeps adjustment amounts before tax, while
 * the shopper saves the tax on them too (prices in China include tax); sharing the line's
 * discount_total in proportion keeps each campaign's discount equal to what shoppers saved.
 */
export function adjustmentsWithTax(lines: AdjustedLine[]): OrderAdjustment[] {
  return lines.flatMap((line) => {
    const base = line.adjustments.reduce((sum, a) => sum + a.amount, 0)
    if (base <= 0 || line.discount_total <= 0) return line.adjustments
    return line.adjustments.map((a) => ({ promotion_id: a.promotion_id, amount: roundMoney((a.amount / base) * line.discount_total) }))
  })
}

/** The discount each campaign page gave in an order, from its adjustments and promotion → page map. */
export function discountsByCampaignPage(adjustments: OrderAdjustment[], pageOfPromotion: Map<string, string>): Map<string, number> {
  const discounts = new Map<string, number>()
  for (const adjustment of adjustments) {
    const page = adjustment.promotion_id ? pageOfPromotion.get(adjustment.promotion_id) : undefined
    if (!page) continue
    discounts.set(page, roundMoney((discounts.get(page) ?? 0) + adjustment.amount))
  }
  return discounts
}

export interface OrderConversionDraft {
  campaign_page_id: string
  attributed: boolean
  revenue: number
  discount: number
}

/**
 * The order conversions: the cart's campaign gets the order's total as revenue (and its own
 * discount); every other campaign whose promotions the order used gets its discount, unattributed
 * and without revenue.
 */
export function orderConversions(input: {
  attributedPageId: string | null
  orderTotal: number
  discounts: Map<string, number>
}): OrderConversionDraft[] {
  const drafts: OrderConversionDraft[] = []
  if (input.attributedPageId) {
    drafts.push({
      campaign_page_id: input.attributedPageId,
      attributed: true,
      revenue: roundMoney(input.orderTotal),
      discount: input.discounts.get(input.attributedPageId) ?? 0,
    })
  }
  for (const [page, discount] of input.discounts) {
    if (page === input.attributedPageId) continue
    drafts.push({ campaign_page_id: page, attributed: false, revenue: 0, discount })
  }
  return drafts
}

/** A UTM value as stored: trimmed, at most 200 characters, absent when empty. */
export function utmValue(value: string | null | undefined, max = 200): string | null {
  const trimmed = value?.trim() ?? ""
  return trimmed === "" ? null : trimmed.slice(0, max)
}
