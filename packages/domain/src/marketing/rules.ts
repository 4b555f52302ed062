import { type FundingSource, isFundingSource } from "./vocabulary"

/** Discounts not marked otherwise (codes made outside our campaigns, plain price lists) are the enterprise's, as settlement always counted them. */
export const DEFAULT_FUNDING: FundingSource = "enterprise"

/** The funding a stored value stands for; anything unrecognised counts as enterprise-funded. */
export function fundingOf(value: unknown): FundingSource {
  return isFundingSource(value) ? value : DEFAULT_FUNDING
}

/** Product tags mirroring brands, so Medusa promotion rules (which see tag ids) can target brands. */
export const BRAND_TAG_PREFIX = "brand:"
export const brandTagValue = (brandHandle: string) => `${BRAND_TAG_PREFIX}${brandHandle}`

/**
 * The tag carried by products whose enterprise accepts enterprise-funded discounts (or that have no
 * enterprise). Enterprise-funded promotions require it, so an opt-out takes effect in every cart.
 */
export const CONSENT_TAG_VALUE = "funding:enterprise-consent"

/** A brand and its ancestors, nearest first, as handles (a cycle in bad data stops the walk). */
export function brandLineage(brandId: string, byId: ReadonlyMap<string, { handle: string; parent_id: string | null }>): string[] {
  const out: string[] = []
  const seen = new Set<string>()
  let at: string | null = brandId
  while (at && !seen.has(at)) {
    seen.add(at)
    const brand = byId.get(at)
    if (!brand) break
    out.push(brand.handle)
    at = brand.parent_id
  }
  return out
}

/** The tag values a product should carry: its brand lineage, and the consent tag when allowed. */
export function fundingTagValues(lineage: readonly string[], consents: boolean): string[] {
  return [...lineage.map(brandTagValue), ...(consents ? [CONSENT_TAG_VALUE] : [])]
}

/** Whether a tag value is one this module manages (the rest of a product's tags are left alone). */
export function isManagedTag(value: string): boolean {
  return value.startsWith(BRAND_TAG_PREFIX) || value === CONSENT_TAG_VALUE
}

/** Why `amount` (yuan) is refused for a variant with floor `floor`, or null: prices may not go below the enterprise's floor. */
export function belowFloorProblem(amount: number, floor: number | null | undefined): "below_floor" | null {
  if (floor === null || floor === undefined) return null
  return Math.round(amount * 100) < Math.round(floor * 100) ? "below_floor" : null
}

/**
 * The platform's share of a live price cut on one line, in fen: the whole cut when the platform
 * funds the session, nothing otherwise. Fen arguments, integer result.
 */
export function platformLiveFen(funding: FundingSource | null, listUnitFen: number, unitFen: number, quantity: number): number {
  if (funding !== "platform" || listUnitFen <= unitFen) return 0
  return (listUnitFen - unitFen) * quantity
}
