import { describe, expect, it } from "vitest"
import { isPageView, isPrefetchRequest, langFromPath, METHOD_HEADER, PREFETCH_HEADER, traceLocale, visitorIp } from "./trace-request"

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

  it("takes the visitor IP from x-forwarded-for, then x-real-ip", () => {
    expect(visitorIp(new Headers({ "x-forwarded-for": "203.0.113.7, 10.0.0.1", "x-real-ip": "10.0.0.2" }))).toBe("203.0.113.7")
    expect(visitorIp(new Headers({ "x-real-ip": "10.0.0.2" }))).toBe("10.0.0.2")
    expect(visitorIp(new Headers())).toBe("127.0.0.1")
  })
})
