import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StorefrontCacheTag } from "@seleno/domain"
import { EXPIRING_WITHIN_DAYS } from "../modules/certification/status"
import { invalidateStorefrontCaches } from "../lib/storefront-cache-invalidation"

const DAY_MS = 24 * 60 * 60 * 1000

/** Dates that change what pages show when they pass, though nothing emits an event then. */
const DATED: { entity: string; fields: string[]; shiftMs?: number; tags: StorefrontCacheTag[] }[] = [
  // A certificate comes into force, runs out, or (30 days before) starts to show as expiring.
  { entity: "certificate", fields: ["valid_from", "valid_until"], tags: ["certification", "catalog"] },
  { entity: "certificate", fields: ["valid_until"], shiftMs: -EXPIRING_WITHIN_DAYS * DAY_MS, tags: ["certification", "catalog"] },
  // Medusa's promotion campaigns (a campaign page's dates) and live sessions start and end.
  { entity: "campaign", fields: ["starts_at", "ends_at"], tags: ["campaigns", "catalog"] },
  { entity: "live_session", fields: ["starts_at", "ends_at"], tags: ["live-sessions", "catalog"] },
  // Sale prices (a live session's among them) start and stop applying.
  { entity: "price_list", fields: ["starts_at", "ends_at"], tags: ["catalog"] },
]

/** The tags of pages whose dates fell in (from, to]. */
export async function tagsOfDatesPassed(container: MedusaContainer, from: Date, to: Date): Promise<StorefrontCacheTag[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const tags = new Set<StorefrontCacheTag>()
  for (const { entity, fields, shiftMs = 0, tags: dated } of DATED) {
    if (dated.every((tag) => tags.has(tag))) continue
    // A date D shows its effect at D + shift: look for D in (from − shift, to − shift].
    const window = { $gt: new Date(from.getTime() - shiftMs), $lte: new Date(to.getTime() - shiftMs) }
    for (const field of fields) {
      const { data } = await query.graph({ entity, fields: ["id"], filters: { [field]: window }, pagination: { take: 1 } })
      if (data.length) {
        dated.forEach((tag) => tags.add(tag))
        break
      }
    }
  }
  return [...tags]
}

let lastRun: Date | undefined

/**
 * Every minute: tells the storefronts about certificates, campaigns, live sessions and price lists
 * whose dates passed since the previous run (the first run looks back two minutes), since their
 * pages change without any event. A run covers (previous run, now], so none is told twice.
 */
export default async function storefrontCacheExpiryJob(container: MedusaContainer, at?: unknown) {
  // Medusa calls jobs with the container only; tests may pass the time.
  const now = at instanceof Date ? at : new Date()
  const from = lastRun && lastRun < now ? lastRun : new Date(now.getTime() - 2 * 60 * 1000)
  const tags = await tagsOfDatesPassed(container, from, now)
  lastRun = now
  if (tags.length) await invalidateStorefrontCaches(container, tags, { logger: container.resolve(ContainerRegistrationKeys.LOGGER) })
}

export const config = {
  name: "storefront-cache-expiry",
  schedule: "* * * * *",
}
