import { formatPrice } from "@seleno/domain/src/money"
import { useLabels } from "./labels"

/** Labels of the settlement page, from the catalogue (../i18n) in the dashboard's language. */
export function useSettlementLabels() {
  const { c } = useLabels()
  return { SET: c.settlement, SETTLEMENT_STATUS_LABELS: c.settlementStatus }
}

/** Fen as CNY for staff, through the one price formatter. */
export function yuan(fen: number): string {
  return formatPrice(fen / 100, "zh-CN")
}
