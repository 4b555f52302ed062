import type { MedusaContainer } from "@medusajs/framework/types"
import { MARKETING_MODULE } from "../../modules/marketing"
import type MarketingModuleService from "../../modules/marketing/service"
import { loadSessionPrices, type LiveSessionPrice } from "./live-session-prices"
import type { LiveSessionRow } from "./live-session-view"

export interface LoadedLiveSession {
  row: LiveSessionRow
  prices: LiveSessionPrice[]
}

/** Live sessions matching `filters` with their campaign page and session prices. */
export async function loadLiveSessions(
  container: MedusaContainer,
  filters: Record<string, unknown>,
  order: Record<string, "ASC" | "DESC"> = { starts_at: "DESC" }
): Promise<LoadedLiveSession[]> {
  const marketing = container.resolve<MarketingModuleService>(MARKETING_MODULE)
  const rows = (await marketing.listLiveSessions(filters, { relations: ["campaign_page"], order })) as unknown as LiveSessionRow[]
  const prices = await loadSessionPrices(
    container,
    rows.map((r) => r.price_list_id).filter((id): id is string => !!id)
  )
  return rows.map((row) => ({ row, prices: (row.price_list_id && prices.get(row.price_list_id)) || [] }))
}
