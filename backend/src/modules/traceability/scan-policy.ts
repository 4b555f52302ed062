import { createHash } from "node:crypto"

export interface ScanPolicy {
  /** A visitor's repeat scans of one serial within this window count once. */
  dedupeMinutes: number
  /** A serial scanned this many times is flagged as a possible counterfeit. */
  flagAfterScans: number
  /** …or scanned from this many different places. */
  flagAfterPlaces: number
}

export const DEFAULT_SCAN_POLICY: ScanPolicy = { dedupeMinutes: 10, flagAfterScans: 50, flagAfterPlaces: 5 }

const CRAWLER = /bot|crawl|spider|slurp|preview|facebookexternalhit|headless/i

/** Crawlers and link previews are not shoppers holding a package. */
export function isCrawler(userAgent: string | undefined): boolean {
  return !userAgent || CRAWLER.test(userAgent)
}

/** A coarse place: the /16 of an IPv4 address or the /48 of an IPv6 one, never the address itself. */
export function networkPlace(ip: string): string {
  const v4 = ip.replace(/^::ffff:/, "")
  if (/^\d+\.\d+\.\d+\.\d+$/.test(v4)) return `${v4.split(".").slice(0, 2).join(".")}.0.0/16`
  const groups = ip.split(":").filter(Boolean).slice(0, 3)
  return `${groups.join(":")}::/48`
}

/** Identifies a visitor for de-duplication without storing who they are. */
export function visitorHash(ip: string, userAgent: string): string {
  return createHash("sha256").update(`${ip}|${userAgent}`).digest("hex").slice(0, 32)
}

export function isFlagged(scans: { place: string }[], policy: ScanPolicy): boolean {
  return scans.length >= policy.flagAfterScans || new Set(scans.map((s) => s.place)).size >= policy.flagAfterPlaces
}
