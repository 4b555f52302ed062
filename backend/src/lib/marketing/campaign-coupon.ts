import { campaignPhase } from "@seleno/domain"

export type CouponRefusalReason = "unknown" | "not_started" | "ended" | "used_up" | "budget_spent"

/** A promotion as the coupon check reads it from Medusa's Promotion Module. */
export interface CouponPromotion {
  code: string
  status: string
  limit?: number | null
  used?: number | null
  campaign?: {
    starts_at: string | Date | null
    ends_at: string | Date | null
    budget?: { limit?: unknown; used?: unknown } | null
  } | null
}

/**
 * Why a typed code cannot be used now, in the order a shopper can do something about it; null when
 * Medusa may apply it. Medusa itself would accept an expired or spent code silently and leave the
 * cart unchanged, so the storefront could not say why nothing happened.
 */
export function couponRefusal(code: string, promotion: CouponPromotion | undefined, now: Date = new Date()): { reason: CouponRefusalReason; message: string } | null {
  if (!promotion || promotion.status !== "active") return { reason: "unknown", message: `The code ${code} does not exist.` }
  if (promotion.campaign) {
    const phase = campaignPhase(promotion.campaign, now)
    if (phase === "upcoming") {
      return { reason: "not_started", message: `The code ${code} can be used from ${new Date(promotion.campaign.starts_at as string).toISOString()}.` }
    }
    if (phase === "ended") return { reason: "ended", message: `The code ${code} has expired: its campaign has ended.` }
  }
  if (typeof promotion.limit === "number" && (promotion.used ?? 0) >= promotion.limit) {
    return { reason: "used_up", message: `The code ${code} has been used as many times as allowed.` }
  }
  const budget = promotion.campaign?.budget
  if (budget && budget.limit !== null && budget.limit !== undefined && Number(budget.used ?? 0) >= Number(budget.limit)) {
    return { reason: "budget_spent", message: `The code ${code} can no longer be used: its campaign budget is spent.` }
  }
  return null
}
