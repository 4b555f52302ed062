import type { SettlementPeriodView, SettlementStatementView } from "@seleno/domain"
import { sdk } from "./sdk"

/** The settlement admin routes (/admin/settlements…); response shapes are @seleno/domain's. */

export type { SettlementPeriodView, SettlementStatementView } from "@seleno/domain"

export interface SettlementQuery {
  from: string
  to: string
}

export const settlementKeys = {
  all: ["seleno", "settlements"] as const,
  period: (query: SettlementQuery) => ["seleno", "settlements", query] as const,
  statement: (enterpriseId: string, query: SettlementQuery) => ["seleno", "settlements", enterpriseId, query] as const,
}

export const settlementApi = {
  period: (query: SettlementQuery) => sdk.client.fetch<{ settlement: SettlementPeriodView }>("/admin/settlements", { query: { ...query } }),
  statement: (enterpriseId: string, query: SettlementQuery) =>
    sdk.client.fetch<{ statement: SettlementStatementView }>(`/admin/settlements/${enterpriseId}`, { query: { ...query } }),
  close: (enterpriseId: string, query: SettlementQuery) =>
    sdk.client.fetch<{ statement: SettlementStatementView }>(`/admin/settlements/${enterpriseId}/close`, { method: "POST", body: query }),
  pay: (enterpriseId: string, query: SettlementQuery, payoutReference: string) =>
    sdk.client.fetch<{ statement: SettlementStatementView }>(`/admin/settlements/${enterpriseId}/pay`, {
      method: "POST",
      body: { ...query, payout_reference: payoutReference },
    }),
  /** The CSV, fetched with the admin session (a plain link would not carry it to a backend on another origin). */
  async csv(query: SettlementQuery, enterpriseId?: string): Promise<Blob> {
    const path = enterpriseId ? `/admin/settlements/${enterpriseId}` : "/admin/settlements"
    const response = await sdk.client.fetch<Response>(path, { query: { ...query, format: "csv" }, headers: { accept: "text/csv" } })
    return response.blob()
  },
}
