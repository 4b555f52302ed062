import type { IPricingModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { type CampaignPhase, campaignPhase } from "@seleno/domain"
import { CAMPAIGN_CURRENCY } from "./campaigns"

export interface LiveSessionRecord {
  id: string
  handle: string
  title: string
  title_en: string | null
  host: string
  stream_url: string
  replay_url: string | null
  starts_at: string | Date
  ends_at: string | Date
  price_list_id: string | null
  featured_product_ids: string[]
}

export interface LiveSessionProduct {
  product_id: string
  variant_id: string
  amount: number
  original_amount: number
}

export interface StoreLiveSession {
  handle: string
  title: string
  title_en: string | null
  host: string
  starts_at: string
  ends_at: string
  phase: CampaignPhase
  campaign_handle: string
  stream_url: string | null
  replay_url: string | null
  products: LiveSessionProduct[]
}

/** What shoppers see of a session: the stream only while it runs, the replay only once it ended. */
export function toStoreLiveSession(
  session: LiveSessionRecord,
  campaignHandle: string,
  products: LiveSessionProduct[],
  now: Date = new Date()
): StoreLiveSession {
  const phase = campaignPhase(session, now)
  return {
    handle: session.handle,
    title: session.title,
    title_en: session.title_en,
    host: session.host,
    starts_at: new Date(session.starts_at).toISOString(),
    ends_at: new Date(session.ends_at).toISOString(),
    phase,
    campaign_handle: campaignHandle,
    stream_url: phase === "running" ? session.stream_url : null,
    replay_url: phase === "ended" ? session.replay_url : null,
    products,
  }
}

type Query = { graph: (config: Record<string, unknown>) => Promise<{ data: Record<string, unknown>[] }> }

/**
 * The session price of each variant in the sessions' Medusa price lists, beside the variant's
 * regular CNY price (the price outside any list), keyed by price list id.
 */
export async function liveSessionProducts(container: MedusaContainer, sessions: LiveSessionRecord[]): Promise<Map<string, LiveSessionProduct[]>> {
  const listIds = sessions.map((s) => s.price_list_id).filter((id): id is string => !!id)
  const productIds = [...new Set(sessions.flatMap((s) => s.featured_product_ids ?? []))]
  const result = new Map<string, LiveSessionProduct[]>()
  if (!listIds.length || !productIds.length) return result

  const pricing = container.resolve<IPricingModuleService>(Modules.PRICING)
  const sessionPrices = await pricing.listPrices({ price_list_id: listIds, currency_code: CAMPAIGN_CURRENCY }, { select: ["id", "amount", "price_set_id", "price_list_id"] })
  const query = container.resolve<Query>(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({ entity: "product_variant", fields: ["id", "product_id", "price_set.id"], filters: { product_id: productIds } })
  const variantBySet = new Map<string, { id: string; product_id: string }>()
  for (const v of variants) {
    const set = v.price_set as { id: string } | null
    if (set) variantBySet.set(set.id, { id: v.id as string, product_id: v.product_id as string })
  }
  const setIds = [...new Set(sessionPrices.map((p) => p.price_set_id).filter((id): id is string => !!id))]
  const regular = setIds.length
    ? await pricing.listPrices({ price_set_id: setIds, currency_code: CAMPAIGN_CURRENCY }, { select: ["id", "amount", "price_set_id", "price_list_id", "min_quantity"] })
    : []
  const regularBySet = new Map<string, number>()
  for (const price of regular) {
    const row = price as typeof price & { price_list_id?: string | null }
    if (row.price_list_id || !row.price_set_id) continue
    const amount = Number(row.amount)
    const known = regularBySet.get(row.price_set_id)
    if (known === undefined || amount < known) regularBySet.set(row.price_set_id, amount)
  }
  for (const price of sessionPrices) {
    const row = price as typeof price & { price_list_id?: string | null }
    const variant = row.price_set_id ? variantBySet.get(row.price_set_id) : undefined
    if (!variant || !row.price_list_id) continue
    const list = result.get(row.price_list_id) ?? []
    list.push({ product_id: variant.product_id, variant_id: variant.id, amount: Number(row.amount), original_amount: regularBySet.get(row.price_set_id as string) ?? Number(row.amount) })
    result.set(row.price_list_id, list)
  }
  return result
}

/** Store views of `sessions` (all of one campaign), earliest first. */
export async function storeLiveSessions(
  container: MedusaContainer,
  sessions: LiveSessionRecord[],
  campaignHandle: string,
  now: Date = new Date()
): Promise<StoreLiveSession[]> {
  const products = await liveSessionProducts(container, sessions)
  return [...sessions]
    .sort((a, b) => new Date(a.starts_at).getTime() - new Date(b.starts_at).getTime())
    .map((session) => toStoreLiveSession(session, campaignHandle, session.price_list_id ? products.get(session.price_list_id) ?? [] : [], now))
}
