import type { FundingSource } from "@seleno/domain"
import type { CampaignKind, CampaignPhase } from "@seleno/domain"
import type { BudgetType, PromotionKind } from "./marketing-api"
import { fill, useLabels } from "./labels"

/**
 * Labels of the marketing pages, from the catalogue (../i18n) in the dashboard's language; the
 * vocabularies' values come from @seleno/domain, their names from here.
 */
export function useMarketingLabels() {
  const { c } = useLabels()
  return {
    CAMPAIGN_KIND: c.campaignKind satisfies Record<CampaignKind, string>,
    CAMPAIGN_PHASE: c.campaignPhase satisfies Record<CampaignPhase, string>,
    PROMOTION_KIND: c.promotionKind satisfies Record<PromotionKind, string>,
    FUNDING_SOURCE: c.fundingSource satisfies Record<FundingSource, string>,
    BUDGET_TYPE: c.budgetType satisfies Record<BudgetType, string>,
    /** Every form field's visible label, which is also its accessible name. */
    MF: c.marketingField,
    MU: c.marketingUi,
    /** Column and fact names on the list, detail and dashboard pages. */
    MC: c.marketingColumn,
  }
}

export type MarketingLabels = ReturnType<typeof useMarketingLabels>

export const PHASE_COLOR: Record<CampaignPhase, "blue" | "green" | "grey"> = {
  upcoming: "blue",
  running: "green",
  ended: "grey",
}

const yuan = new Intl.NumberFormat("zh-CN", { style: "currency", currency: "CNY", minimumFractionDigits: 2, maximumFractionDigits: 2 })

/** `¥1,234.50`, or "—". */
export function formatYuan(value: number | null | undefined): string {
  return value === null || value === undefined || Number.isNaN(Number(value)) ? "—" : yuan.format(Number(value))
}

/** `12.5%` from a 0–1 ratio. */
export function formatPercent(ratio: number | null | undefined): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return "—"
  return `${(ratio * 100).toFixed(1).replace(/\.0$/, "")}%`
}

/** A budget amount in its own unit: yuan for spend budgets, a count for usage budgets. */
export function formatBudgetAmount(type: BudgetType, value: number): string {
  return type === "spend" ? formatYuan(value) : String(value)
}

/** What a promotion gives, in a few words: `20%`, `−¥5.00`, `满 ¥99.00 包邮`, `买赠`. */
export function describePromotion(
  promotion: { kind: PromotionKind; value: number | null; min_subtotal: number | null },
  MU: MarketingLabels["MU"]
): string {
  switch (promotion.kind) {
    case "percentage":
      return promotion.value === null ? "—" : `${promotion.value}%`
    case "fixed":
      return promotion.value === null ? "—" : `−${formatYuan(promotion.value)}`
    case "free_shipping":
      return promotion.min_subtotal ? fill(MU.freeShippingOver, { amount: formatYuan(promotion.min_subtotal) }) : MU.freeShipping
    case "buy_get":
      return MU.buyGet
  }
}
