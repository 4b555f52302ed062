import { DEFAULT_SCAN_POLICY, isCrawler, isFlagged, networkPlace, visitorHash } from "../scan-policy"

describe("scan policy", () => {
  it("keeps only a coarse network place, never the address", () => {
    expect(networkPlace("203.0.113.9")).toBe("203.0.0.0/16")
    expect(networkPlace("::ffff:198.51.100.4")).toBe("198.51.0.0/16")
    expect(networkPlace("2001:db8:85a3::8a2e:370:7334")).toBe("2001:db8:85a3::/48")
  })
  it("hashes visitors stably and differently", () => {
    expect(visitorHash("203.0.113.9", "ua")).toBe(visitorHash("203.0.113.9", "ua"))
    expect(visitorHash("203.0.113.9", "ua")).not.toBe(visitorHash("203.0.113.10", "ua"))
    expect(visitorHash("203.0.113.9", "ua")).not.toContain("203")
  })
  it("treats crawlers, link previews and missing agents as non-scans", () => {
    expect(isCrawler("Googlebot/2.1 (+http://www.google.com/bot.html)")).toBe(true)
    expect(isCrawler("facebookexternalhit/1.1")).toBe(true)
    expect(isCrawler(undefined)).toBe(true)
    expect(isCrawler("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0) Mobile/15E148 MicroMessenger/8.0")).toBe(false)
  })
  it("flags at the scan or place threshold", () => {
    const scans = (n: number, places: number) => Array.from({ length: n }, (_, i) => ({ place: `p${i % places}` }))
    expect(isFlagged(scans(4, 4), DEFAULT_SCAN_POLICY)).toBe(false)
    expect(isFlagged(scans(5, 5), DEFAULT_SCAN_POLICY)).toBe(true)
    expect(isFlagged(scans(49, 1), DEFAULT_SCAN_POLICY)).toBe(false)
    expect(isFlagged(scans(50, 1), DEFAULT_SCAN_POLICY)).toBe(true)
  })
})
