import { type AdminLiveSession, campaignPhase, type FundingSource, type LiveSessionPrice, type StoreLiveSession } from "@seleno/domain"

/** A live_session row as the marketing module returns it with its campaign page. */
export interface LiveSessionRow {
  id: string
  handle: string
  title: string
  title_en: string | null
  host: string
  stream_url: string
  replay_url: string | null
  starts_at: Date | string
  ends_at: Date | string
  price_list_id: string | null
  featured_product_ids?: string[] | null
  funding_source?: FundingSource | null
  campaign_page?: { id: string; handle: string; title: string } | null
}

const iso = (value: Date | string) => new Date(value).toISOString()

/** Session prices in a stable order (by product, then variant), so pages do not reshuffle. */
const ordered = (prices: readonly LiveSessionPrice[]) =>
  [...prices].sort((a, b) => a.product_id.localeCompare(b.product_id) || a.variant_id.localeCompare(b.variant_id))

/**
 * What shoppers see of a session at `now`: the stream only while it runs (before, there is nothing
 * to watch; after, the replay replaces it) and the replay only once it has ended. A variant that has
 * lost its regular price since the session was made shows the session price as its original, so the
 * store never prices it at nothing.
 */
export function toStoreLiveSession(row: LiveSessionRow, prices: readonly LiveSessionPrice[], now: Date = new Date()): StoreLiveSession {
  const phase = campaignPhase(row, now)
  return {
    handle: row.handle,
    title: row.title,
    title_en: row.title_en ?? null,
    host: row.host,
    starts_at: iso(row.starts_at),
    ends_at: iso(row.ends_at),
    phase,
    campaign_handle: row.campaign_page?.handle ?? null,
    stream_url: phase === "running" ? row.stream_url : null,
    replay_url: phase === "ended" ? (row.replay_url ?? null) : null,
    products: ordered(prices).map(({ product_id, variant_id, amount, original_amount }) => ({
      product_id,
      variant_id,
      amount,
      original_amount: original_amount ?? amount,
    })),
  }
}

/** What marketing staff see: everything, with the phase worked out at `now`. */
export function toAdminLiveSession(row: LiveSessionRow, prices: readonly LiveSessionPrice[], now: Date = new Date()): AdminLiveSession {
  return {
    id: row.id,
    handle: row.handle,
    campaign: row.campaign_page ? { id: row.campaign_page.id, handle: row.campaign_page.handle, name: row.campaign_page.title } : null,
    title: row.title,
    title_en: row.title_en ?? null,
    host: row.host,
    stream_url: row.stream_url,
    replay_url: row.replay_url ?? null,
    starts_at: iso(row.starts_at),
    ends_at: iso(row.ends_at),
    phase: campaignPhase(row, now),
    price_list_id: row.price_list_id,
    funding_source: row.funding_source ?? "platform",
    prices: ordered(prices),
  }
}

/** Running sessions first, then upcoming ones, each by start. */
export function byStorePhase(a: StoreLiveSession, b: StoreLiveSession): number {
  const rank = (s: StoreLiveSession) => (s.phase === "running" ? 0 : s.phase === "upcoming" ? 1 : 2)
  return rank(a) - rank(b) || a.starts_at.localeCompare(b.starts_at)
}
