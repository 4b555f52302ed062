import { describe, expect, it } from "vitest"
import { isPrefetchRequest, traceLocale, visitorOf } from "./trace-request"

describe("trace requests", () => {
  it("picks ?lang over Accept-Language and ignores unknown values", () => {
    expect(traceLocale("en", "zh-CN,zh;q=0.9")).toBe("en")
    expect(traceLocale("zh-CN", "en-GB,en")).toBe("zh-CN")
    expect(traceLocale("fr", "en-GB,en")).toBe("en")
    expect(traceLocale(undefined, "zh-CN")).toBe("zh-CN")
    expect(traceLocale(["en"], null)).toBe("en")
  })

  it("tells router prefetches and prefetch hints from page views", () => {
    expect(isPrefetchRequest(new Headers({ "next-router-prefetch": "1" }))).toBe(true)
    expect(isPrefetchRequest(new Headers({ purpose: "prefetch" }))).toBe(true)
    expect(isPrefetchRequest(new Headers({ "sec-purpose": "prefetch;prerender" }))).toBe(true)
    expect(isPrefetchRequest(new Headers({ "next-router-segment-prefetch": "/_tree" }))).toBe(true)
    expect(isPrefetchRequest(new Headers({ accept: "text/html" }))).toBe(false)
  })

  it("takes the visitor from the X-Forwarded-For the storefront's server wrote, never X-Real-IP", () => {
    expect(visitorOf(new Headers({ "x-forwarded-for": "203.0.113.7", "user-agent": "Mozilla/5.0" }))).toEqual({ address: "203.0.113.7", userAgent: "Mozilla/5.0" })
    // Anything appended after the server settled the header is further right: the last entry is ours.
    expect(visitorOf(new Headers({ "x-forwarded-for": "1.2.3.4, 203.0.113.7" })).address).toBe("203.0.113.7")
    expect(visitorOf(new Headers({ "x-real-ip": "10.0.0.2" }))).toEqual({ address: undefined, userAgent: "" })
  })
})
