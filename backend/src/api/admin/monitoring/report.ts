import type { MedusaContainer } from "@medusajs/framework/types"
import { monitoringCsvRows, type MonitoringReport } from "@seleno/domain"
import { csvField } from "../../../lib/settlement-csv"
import { marketMonitoringWorkflow } from "../../../workflows/monitoring/market-monitoring"
import { monitoringRange } from "./range"
import type { AdminMonitoringQueryType } from "./validators"

/** Runs the monitoring workflow for a validated query. */
export async function loadMonitoringReport(container: MedusaContainer, query: AdminMonitoringQueryType, now = new Date()): Promise<MonitoringReport> {
  const range = monitoringRange(query, now)
  const { result } = await marketMonitoringWorkflow(container).run({
    input: {
      from: range.from,
      to: range.to,
      start: range.start.toISOString(),
      end: range.end.toISOString(),
      region: query.region ?? null,
      now: now.toISOString(),
    },
  })
  return result
}

// Excel opens a UTF-8 CSV in the system code page (GBK in China) unless it starts with a BOM.
const BOM = "\uFEFF"

/** The report as CSV: UTF-8 with a BOM, CRLF line ends, text cells defused against formulas. */
export function monitoringCsv(report: MonitoringReport): string {
  const lines = monitoringCsvRows(report).map((row) => row.map((cell) => csvField(cell)).join(","))
  return `${BOM}${lines.join("\r\n")}\r\n`
}
