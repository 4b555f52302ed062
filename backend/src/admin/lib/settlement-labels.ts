import { formatPrice } from "@seleno/domain/src/money"

/** Labels of the settlement page: Chinese first, English after it (as on the other staff pages). */

export const SETTLEMENT_NAV = "结算 Settlements"

export const SET = {
  title: "结算 Settlements",
  intro:
    "只计已扣款（企业发货时扣款）的金额，退款按商品在退款期间扣除，运费归发货企业。Only captured money counts (captured when an enterprise ships its part); refunds are deducted per item in the period they happen; shipping goes to the enterprise that shipped it.",
  from: "从 From",
  to: "到 To",
  exportCsv: "导出 CSV Export CSV",
  enterprises: "企业 Enterprises",
  enterprise: "企业 Enterprise",
  status: "状态 Status",
  orders: "订单 Orders",
  captured: "已扣款 Captured",
  items: "商品 Items",
  refunds: "退款 Refunds",
  shipping: "运费 Shipping",
  addback: "平台补贴 Platform-funded",
  gross: "应结 Gross",
  commission: "佣金 Commission",
  payout: "应付 Payout",
  reference: "付款凭证 Payout reference",
  date: "日期 Date",
  order: "订单 Order",
  close: "结账 Close period",
  markPaid: "标记已付 Mark paid",
  confirmClose: (name: string, from: string, to: string) => `结账后本期结算单冻结。Close ${name}'s statement for ${from} – ${to}? It is frozen afterwards.`,
  referencePrompt: "付款凭证号（银行流水号）Payout reference (bank transfer number)",
  lines: "订单明细 Order lines",
  details: "明细 Lines",
  total: "合计 Total",
  empty: "本期没有企业 No enterprise in this period",
  noLines: "本期没有已扣款的订单 No captured orders in this period",
} as const

export const SETTLEMENT_STATUS_LABELS: Record<string, string> = {
  open: "未结 Open",
  closed: "已结账待付款 Closed, payout pending",
  paid: "已付款 Paid",
}

/** Fen as CNY for staff, through the one price formatter. */
export function yuan(fen: number): string {
  return formatPrice(fen / 100, "zh-CN")
}
