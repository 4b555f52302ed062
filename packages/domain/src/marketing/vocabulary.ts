/**
 * Who pays for a discount. Every campaign, promotion code and live-session price records it:
 * a platform-funded discount never reduces the enterprise's settlement; an enterprise-funded one
 * needs the enterprise's consent first.
 */
export const FUNDING_SOURCES = ["platform", "enterprise"] as const
export type FundingSource = (typeof FUNDING_SOURCES)[number]

export function isFundingSource(value: unknown): value is FundingSource {
  return typeof value === "string" && (FUNDING_SOURCES as readonly string[]).includes(value)
}
