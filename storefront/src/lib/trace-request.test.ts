import { describe, expect, it } from "vitest"
import { isPageView, isPrefetchRequest, langFromPath, METHOD_HEADER, PREFETCH_HEADER, traceLocale, visitorOf } from "./trace-request"

describe("trace requests", () => {
  it("picks ?lang over Accept-Language and ignores unknown values", () => {
    expect(traceLocale("en", "zh-CN,zh;q=0.9")).toBe("en")
    expect(traceLocale("zh-CN", "en-GB,en")).toBe("zh-CN")
    expect(traceLocale("fr", "en-GB,en")).toBe("en")
    expect(traceLocale(undefined, "zh-CN")).toBe("zh-CN")
    expect(traceLocale(["en"], null)).toBe("en")
  })

  it("reads lang from a path with query", () => {
    expect(langFromPath("/01/06971234000019/10/L1?lang=en")).toBe("en")
    expect(langFromPath("/01/06971234000019/10/L1")).toBeNull()
    expect(langFromPath(null)).toBeNull()
  })

  it("counts only real page views", () => {
    expect(isPageView(new Headers())).toBe(true)
    expect(isPageView(new Headers({ [METHOD_HEADER]: "HEAD" }))).toBe(false)
    expect(isPageView(new Headers({ "next-router-prefetch": "1" }))).toBe(false)
    expect(isPageView(new Headers({ purpose: "prefetch" }))).toBe(false)
    expect(isPageView(new Headers({ "sec-purpose": "prefetch;prerender" }))).toBe(false)
    expect(isPageView(new Headers({ [PREFETCH_HEADER]: "1" }))).toBe(false)
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
