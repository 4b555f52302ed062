import type { CounterfeitReason, SerialReviewAction, SerialSignalState, TraceErrorCode } from "./vocabulary"

/*
 * Pure rules of the counterfeit signal (issue 16): how a visitor's address becomes a network, when
 * a serial's scans make it suspicious, and what staff decisions do. The backend keeps the counters;
 * these functions decide.
 */

export interface ScanPolicy {
  /** One network's repeat scans of one serial within this window count once. */
  dedupeMinutes: number
  /** A serial with this many counted scans since its last review is suspicious… */
  suspectAfterScans: number
  /** …or one scanned from this many networks first seen since its last review. */
  suspectAfterNetworks: number
  /** At most this many counted scans per network per clock hour, across all serials. */
  networkScansPerHour: number
}

/**
 * A day's window: a package is scanned by its buyer a few times, not dozens, and one network can
 * then add at most one scan a day to a serial, so the scan threshold cannot be reached from one
 * place in less than `suspectAfterScans` days. Five networks is the real signal: one genuine code
 * copied onto many packages is scanned in many places at once.
 */
export const DEFAULT_SCAN_POLICY: ScanPolicy = {
  dedupeMinutes: 24 * 60,
  suspectAfterScans: 50,
  suspectAfterNetworks: 5,
  networkScansPerHour: 30,
}

/**
 * The network a visitor's address belongs to, for de-duplication and "new network" counting:
 * the IPv4 /24 or the IPv6 /48, never the address itself. A /24 is the smallest block routed on the
 * Internet and what one office, campus or carrier NAT pool answers from; a /48 is what one IPv6
 * site is given (RFC 6177), and a home gets a /56 or /64 inside someone's /48. So one client, at
 * home or on a rented server, is one network however many addresses it rotates through; counting
 * five networks takes five places on the Internet. Answers null for anything that is not an IP address.
 */
export function scanNetwork(address: string): string | null {
  const trimmed = address.trim().replace(/^\[|\]$/g, "").replace(/%.*$/, "")
  const v4 = ipv4Octets(trimmed.replace(/^::ffff:/i, ""))
  if (v4) return `${v4[0]}.${v4[1]}.${v4[2]}.0/24`
  const groups = ipv6Groups(trimmed)
  if (!groups) return null
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    // ::ffff:0102:0304 is an IPv4 address written in hex.
    return `${groups[6]! >> 8}.${groups[6]! & 0xff}.${groups[7]! >> 8}.0/24`
  }
  return `${groups.slice(0, 3).map((g) => g.toString(16)).join(":")}::/48`
}

function ipv4Octets(text: string): number[] | null {
  const parts = text.split(".")
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p))) return null
  const octets = parts.map(Number)
  return octets.every((o) => o <= 255) ? octets : null
}

function ipv6Groups(text: string): number[] | null {
  if (!text.includes(":")) return null
  const halves = text.split("::")
  if (halves.length > 2) return null
  const parse = (half: string): number[] | null => {
    if (half === "") return []
    const out: number[] = []
    const parts = half.split(":")
    for (const [i, part] of parts.entries()) {
      if (i === parts.length - 1 && part.includes(".")) {
        const v4 = ipv4Octets(part)
        if (!v4) return null
        out.push((v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!)
      } else if (/^[0-9a-f]{1,4}$/i.test(part)) out.push(parseInt(part, 16))
      else return null
    }
    return out
  }
  const left = parse(halves[0]!)
  const right = halves.length === 2 ? parse(halves[1]!) : []
  if (!left || !right) return null
  if (halves.length === 1) return left.length === 8 ? left : null
  const missing = 8 - left.length - right.length
  return missing >= 1 ? [...left, ...Array<number>(missing).fill(0), ...right] : null
}

/** A serial's counters as the backend keeps them; the baselines are the counts at the last clear. */
export interface SerialScanCounters {
  scan_count: number
  network_count: number
  baseline_scan_count: number
  baseline_network_count: number
}

/**
 * Why a serial's scans are suspicious, counting only what happened since staff last cleared it, so
 * a cleared serial is not flagged again by the evidence staff already looked at. Empty: not suspicious.
 */
export function counterfeitReasons(counters: SerialScanCounters, policy: Pick<ScanPolicy, "suspectAfterScans" | "suspectAfterNetworks"> = DEFAULT_SCAN_POLICY): CounterfeitReason[] {
  const reasons: CounterfeitReason[] = []
  if (counters.scan_count - counters.baseline_scan_count >= policy.suspectAfterScans) reasons.push("many_scans")
  if (counters.network_count - counters.baseline_network_count >= policy.suspectAfterNetworks) reasons.push("many_networks")
  return reasons
}

/** The state after a counted scan: thresholds only ever raise `normal` or `cleared` to `suspicious`. */
export function signalAfterScan(state: SerialSignalState, reasons: readonly CounterfeitReason[]): SerialSignalState {
  return reasons.length > 0 && (state === "normal" || state === "cleared") ? "suspicious" : state
}

export type ReviewOutcome = { ok: true; state: SerialSignalState; changed: boolean } | { ok: false; code: TraceErrorCode; message: string }

/**
 * What a staff decision does. Confirming works from any state (a shopper's report may reveal a
 * counterfeit before any threshold) and confirming twice changes nothing; clearing needs a
 * suspicion or a confirmation to lift.
 */
export function reviewOutcome(state: SerialSignalState, action: SerialReviewAction): ReviewOutcome {
  if (action === "confirm") return { ok: true, state: "confirmed", changed: state !== "confirmed" }
  if (state === "suspicious" || state === "confirmed") return { ok: true, state: "cleared", changed: true }
  return { ok: false, code: "serial_nothing_to_clear", message: `This serial is ${state}: only a suspicious or confirmed serial can be cleared` }
}

/** Only a staff-confirmed counterfeit speaks to shoppers; thresholds alone never do. */
export function showsCounterfeitWarning(state: SerialSignalState): boolean {
  return state === "confirmed"
}

const HOUR_MS = 3_600_000

/** The clock hour a scan's rate-limit count belongs to. */
export function rateWindowStart(at: Date): Date {
  return new Date(Math.floor(at.getTime() / HOUR_MS) * HOUR_MS)
}

/** Seconds until the rate-limit window of `at` ends (for Retry-After), at least 1. */
export function secondsUntilNextWindow(at: Date): number {
  return Math.max(1, Math.ceil((rateWindowStart(at).getTime() + HOUR_MS - at.getTime()) / 1000))
}

const CRAWLER = /bot|crawl|spider|slurp|preview|facebookexternalhit|headless/i

/** Crawlers and link previews (and requests naming no agent) are not shoppers holding a package. */
export function isCrawlerAgent(userAgent: string | undefined | null): boolean {
  return !userAgent || CRAWLER.test(userAgent)
}
