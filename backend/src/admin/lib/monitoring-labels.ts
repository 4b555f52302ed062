import { useLabels } from "./labels"

/**
 * Labels of the market monitoring page, from the catalogue (../i18n) in the dashboard's language.
 * The county table's headers say what the CSV's columns say.
 */
export function useMonitoringLabels() {
  const { c } = useLabels()
  return { MON: c.monitoring, MON_COLUMNS: c.monitoringColumns }
}

/** A 0–1 share as a percentage with one decimal; "—" without a denominator. */
export function formatShare(share: number | null): string {
  return share === null ? "—" : `${(share * 100).toFixed(1)}%`
}

/** Fen as "¥1,234.50". */
export function formatFen(fen: number): string {
  return `¥${(fen / 100).toLocaleString("zh-CN", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`
}
