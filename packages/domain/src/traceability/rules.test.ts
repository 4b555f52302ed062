import { describe, expect, it } from "vitest"
import {
  counterfeitReasons,
  DEFAULT_SCAN_POLICY,
  isCrawlerAgent,
  rateWindowStart,
  reviewOutcome,
  scanNetwork,
  secondsUntilNextWindow,
  showsCounterfeitWarning,
  signalAfterScan,
} from "./rules"

describe("scanNetwork", () => {
  it("buckets IPv4 addresses by /24, so one client rotating its last octet is one network", () => {
    expect(scanNetwork("203.0.113.9")).toBe("203.0.113.0/24")
    expect(scanNetwork("203.0.113.250")).toBe("203.0.113.0/24")
    expect(scanNetwork("203.0.114.9")).toBe("203.0.114.0/24")
  })
  it("treats IPv4-mapped IPv6 as the IPv4 address, in either notation", () => {
    expect(scanNetwork("::ffff:198.51.100.4")).toBe("198.51.100.0/24")
    expect(scanNetwork("::ffff:c633:6404")).toBe("198.51.100.0/24")
  })
  it("buckets IPv6 addresses by /48, however they are abbreviated", () => {
    expect(scanNetwork("2001:db8:1234:5678::1")).toBe("2001:db8:1234::/48")
    expect(scanNetwork("2001:0db8:1234:ffff:0:0:0:2")).toBe("2001:db8:1234::/48")
    expect(scanNetwork("[2001:db8::1]")).toBe("2001:db8:0::/48")
    expect(scanNetwork("fe80::1%eth0")).toBe("fe80:0:0::/48")
    expect(scanNetwork("::1")).toBe("0:0:0::/48")
    expect(scanNetwork("2001:db8:1234:5678::1")).not.toBe(scanNetwork("2001:db8:1235::1"))
  })
  it("answers null for anything that is not an address", () => {
    for (const bad of ["", "unknown", "1.2.3", "256.1.1.1", "1.2.3.4.5", "2001:db8::1::2", "gggg::1", "1:2:3:4:5:6:7:8:9", "2001:db8"]) {
      expect(scanNetwork(bad)).toBeNull()
    }
  })
})

const counters = (scan_count: number, network_count: number, baseline_scan_count = 0, baseline_network_count = 0) => ({
  scan_count,
  network_count,
  baseline_scan_count,
  baseline_network_count,
})

describe("counterfeitReasons", () => {
  it("stays silent below both thresholds", () => {
    expect(counterfeitReasons(counters(49, 4))).toEqual([])
  })
  it("names each threshold crossed", () => {
    expect(counterfeitReasons(counters(50, 1))).toEqual(["many_scans"])
    expect(counterfeitReasons(counters(5, 5))).toEqual(["many_networks"])
    expect(counterfeitReasons(counters(80, 9))).toEqual(["many_scans", "many_networks"])
  })
  it("counts only what happened since staff cleared the serial", () => {
    expect(counterfeitReasons(counters(80, 9, 80, 9))).toEqual([])
    expect(counterfeitReasons(counters(84, 13, 80, 9))).toEqual([])
    expect(counterfeitReasons(counters(90, 14, 80, 9))).toEqual(["many_networks"])
  })
  it("follows the configured thresholds", () => {
    expect(counterfeitReasons(counters(3, 2), { suspectAfterScans: 3, suspectAfterNetworks: 2 })).toEqual(["many_scans", "many_networks"])
  })
})

describe("signalAfterScan", () => {
  it("raises normal and cleared serials to suspicious when a threshold is crossed", () => {
    expect(signalAfterScan("normal", ["many_networks"])).toBe("suspicious")
    expect(signalAfterScan("cleared", ["many_scans"])).toBe("suspicious")
  })
  it("never changes a serial without reasons, nor a staff decision to confirm", () => {
    expect(signalAfterScan("normal", [])).toBe("normal")
    expect(signalAfterScan("cleared", [])).toBe("cleared")
    expect(signalAfterScan("confirmed", ["many_scans"])).toBe("confirmed")
    expect(signalAfterScan("suspicious", ["many_scans"])).toBe("suspicious")
  })
})

describe("reviewOutcome", () => {
  it("confirms from any state, and confirming twice changes nothing", () => {
    for (const state of ["normal", "suspicious", "cleared"] as const) expect(reviewOutcome(state, "confirm")).toEqual({ ok: true, state: "confirmed", changed: true })
    expect(reviewOutcome("confirmed", "confirm")).toEqual({ ok: true, state: "confirmed", changed: false })
  })
  it("clears a suspicious or confirmed serial and refuses to clear anything else", () => {
    expect(reviewOutcome("suspicious", "clear")).toMatchObject({ ok: true, state: "cleared" })
    expect(reviewOutcome("confirmed", "clear")).toMatchObject({ ok: true, state: "cleared" })
    expect(reviewOutcome("normal", "clear")).toMatchObject({ ok: false, code: "serial_nothing_to_clear" })
    expect(reviewOutcome("cleared", "clear")).toMatchObject({ ok: false, code: "serial_nothing_to_clear" })
  })
})

describe("showsCounterfeitWarning", () => {
  it("warns the public only about a confirmed counterfeit", () => {
    expect(["normal", "suspicious", "confirmed", "cleared"].filter((s) => showsCounterfeitWarning(s as never))).toEqual(["confirmed"])
  })
})

describe("rate windows", () => {
  it("counts per clock hour and says how long until the next", () => {
    const at = new Date("2026-11-01T08:59:30Z")
    expect(rateWindowStart(at).toISOString()).toBe("2026-11-01T08:00:00.000Z")
    expect(secondsUntilNextWindow(at)).toBe(30)
    expect(secondsUntilNextWindow(new Date("2026-11-01T09:00:00Z"))).toBe(3600)
  })
  it("defaults to 30 counted scans per network per hour and a day's de-duplication", () => {
    expect(DEFAULT_SCAN_POLICY).toMatchObject({ networkScansPerHour: 30, dedupeMinutes: 1440 })
  })
})

describe("isCrawlerAgent", () => {
  it("treats crawlers, link previews and missing agents as non-scans", () => {
    expect(isCrawlerAgent("Googlebot/2.1 (+http://www.google.com/bot.html)")).toBe(true)
    expect(isCrawlerAgent("facebookexternalhit/1.1")).toBe(true)
    expect(isCrawlerAgent(undefined)).toBe(true)
    expect(isCrawlerAgent("")).toBe(true)
    expect(isCrawlerAgent("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0) Mobile/15E148 MicroMessenger/8.0")).toBe(false)
  })
})
