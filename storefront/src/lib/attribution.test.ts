import { NextRequest, type NextFetchEvent } from "next/server"
import { describe, expect, it, vi } from "vitest"
import { proxy } from "@/proxy"
import {
  campaignVisitFrom,
  isHttpsRequest,
  isValidVisitorId,
  newVisitorId,
  reportCampaignVisit,
  reportLanding,
  resolveVisitor,
  VISITOR_COOKIE,
  visitorCookieOptions,
  visitorOf,
  withRequestCookie,
  withVisitorCookie,
  type AttributedRequest,
  type CampaignVisitReport,
} from "./attribution"

const ID = "3f2b8c1e-9d4a-4b6f-8e2a-1c5d7f9a0b3e"

function request(url: string, init: { method?: string; headers?: Record<string, string>; cookie?: string } = {}): AttributedRequest {
  return {
    method: init.method ?? "GET",
    headers: new Headers(init.headers),
    nextUrl: new URL(url),
    cookies: { get: (name) => (name === VISITOR_COOKIE && init.cookie !== undefined ? { value: init.cookie } : undefined) },
  }
}

describe("visitor ids", () => {
  it("accepts the random UUIDs we make and nothing else", () => {
    const id = newVisitorId()
    expect(isValidVisitorId(id)).toBe(true)
    expect(newVisitorId()).not.toBe(id)
    expect(isValidVisitorId(ID)).toBe(true)
    expect(isValidVisitorId(ID.toUpperCase())).toBe(false)
    expect(isValidVisitorId("not-a-uuid")).toBe(false)
    expect(isValidVisitorId("")).toBe(false)
    expect(isValidVisitorId(undefined)).toBe(false)
    expect(isValidVisitorId(`${ID}x`)).toBe(false)
    expect(isValidVisitorId("3f2b8c1e-9d4a-1b6f-8e2a-1c5d7f9a0b3e")).toBe(false)
  })

  it("keeps a valid cookie and replaces a missing or forged one", () => {
    expect(resolveVisitor(ID)).toEqual({ id: ID, isNew: false })
    const fresh = resolveVisitor("'; drop table")
    expect(fresh.isNew).toBe(true)
    expect(isValidVisitorId(fresh.id)).toBe(true)
    expect(resolveVisitor(undefined).isNew).toBe(true)
  })
})

describe("cookie options", () => {
  it("is an httpOnly, SameSite=Lax, one-year, site-wide cookie, Secure only on https", () => {
    expect(visitorCookieOptions(false)).toEqual({ httpOnly: true, sameSite: "lax", path: "/", maxAge: 31_536_000, secure: false })
    expect(visitorCookieOptions(true).secure).toBe(true)
  })

  it("knows https from the URL or the forwarding proxy", () => {
    expect(isHttpsRequest(new URL("https://shop.example/zh-CN"), new Headers())).toBe(true)
    expect(isHttpsRequest(new URL("http://127.0.0.1:8000/zh-CN"), new Headers())).toBe(false)
    expect(isHttpsRequest(new URL("http://127.0.0.1:8000/zh-CN"), new Headers({ "x-forwarded-proto": "https, http" }))).toBe(true)
  })

  it("sets the cookie on the response only for a new visitor", () => {
    const set = vi.fn()
    withVisitorCookie({ cookies: { set } }, { id: ID, isNew: false, secure: false })
    expect(set).not.toHaveBeenCalled()
    withVisitorCookie({ cookies: { set } }, { id: ID, isNew: true, secure: true })
    expect(set).toHaveBeenCalledWith(VISITOR_COOKIE, ID, expect.objectContaining({ httpOnly: true, sameSite: "lax", secure: true }))
  })

  it("puts a new id into the forwarded Cookie header, replacing a forged value", () => {
    expect(withRequestCookie(null, VISITOR_COOKIE, ID)).toBe(`${VISITOR_COOKIE}=${ID}`)
    expect(withRequestCookie(`_seleno_cart=cart_1; ${VISITOR_COOKIE}=bad; x=1`, VISITOR_COOKIE, ID)).toBe(
      `_seleno_cart=cart_1; x=1; ${VISITOR_COOKIE}=${ID}`
    )
  })

  it("reads the visitor from the request", () => {
    expect(visitorOf(request("http://localhost/zh-CN", { cookie: ID }))).toEqual({ id: ID, isNew: false, secure: false })
    expect(visitorOf(request("https://shop.example/zh-CN")).isNew).toBe(true)
  })
})

describe("campaignVisitFrom", () => {
  it("reads the UTM parameters and the landing path", () => {
    const search = new URLSearchParams("utm_campaign=xibohui-2026&utm_source=wechat&utm_medium=social&utm_content=poster-a&utm_term=tea")
    expect(campaignVisitFrom(search, "/zh-CN/campaigns/xibohui-2026", ID)).toEqual({
      visitor_id: ID,
      utm_campaign: "xibohui-2026",
      utm_source: "wechat",
      utm_medium: "social",
      utm_content: "poster-a",
      landing_path: "/zh-CN/campaigns/xibohui-2026",
    })
  })

  it("leaves out empty parameters and lower-cases the handle", () => {
    const visit = campaignVisitFrom(new URLSearchParams("utm_campaign=%20XiBoHui-2026%20&utm_source="), "/en", ID)
    expect(visit).toEqual({ visitor_id: ID, utm_campaign: "xibohui-2026", landing_path: "/en" })
  })

  it("is null without a campaign, with a value that cannot be a handle, or with a bad visitor id", () => {
    expect(campaignVisitFrom(new URLSearchParams("utm_source=wechat"), "/zh-CN", ID)).toBeNull()
    expect(campaignVisitFrom(new URLSearchParams("utm_campaign="), "/zh-CN", ID)).toBeNull()
    expect(campaignVisitFrom(new URLSearchParams("utm_campaign=硒博会"), "/zh-CN", ID)).toBeNull()
    expect(campaignVisitFrom(new URLSearchParams("utm_campaign=xibohui-2026"), "/zh-CN", "nope")).toBeNull()
  })

  it("cuts over-long values", () => {
    const visit = campaignVisitFrom(new URLSearchParams(`utm_campaign=a&utm_content=${"x".repeat(1000)}`), "/zh-CN", ID)
    expect(visit?.utm_content).toHaveLength(200)
  })
})

describe("reportCampaignVisit", () => {
  const visit: CampaignVisitReport = { visitor_id: ID, utm_campaign: "xibohui-2026" }

  it("posts the visit with the publishable key", async () => {
    const fetchImpl = vi.fn<typeof fetch>(async () => new Response("{}", { status: 201 }))
    expect(await reportCampaignVisit(visit, { backendUrl: "http://backend:9000/", publishableKey: "pk_1", fetchImpl })).toBe(true)
    const [url, init] = fetchImpl.mock.calls[0] ?? []
    expect(url).toBe("http://backend:9000/store/campaign-visits")
    expect(init?.method).toBe("POST")
    expect(new Headers(init?.headers).get("x-publishable-api-key")).toBe("pk_1")
    expect(JSON.parse(String(init?.body))).toEqual(visit)
    expect(init?.signal).toBeInstanceOf(AbortSignal)
  })

  it("ignores refusals and network failures", async () => {
    const notFound = vi.fn<typeof fetch>(async () => new Response("{}", { status: 404 }))
    expect(await reportCampaignVisit(visit, { backendUrl: "http://b", fetchImpl: notFound })).toBe(false)
    const down = vi.fn<typeof fetch>(async () => {
      throw new TypeError("fetch failed")
    })
    expect(await reportCampaignVisit(visit, { backendUrl: "http://b", fetchImpl: down })).toBe(false)
  })

  it("gives up after the timeout", async () => {
    const hang = vi.fn<typeof fetch>(
      (_url, init) =>
        new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener("abort", () => reject(init.signal?.reason)))
    )
    const started = Date.now()
    expect(await reportCampaignVisit(visit, { backendUrl: "http://b", fetchImpl: hang, timeoutMs: 50 })).toBe(false)
    expect(Date.now() - started).toBeLessThan(1000)
  })
})

describe("reportLanding", () => {
  const visitor = { id: ID, isNew: true, secure: false }

  it("reports a campaign page view in the background with the id made for this request", () => {
    const fetchSpy = vi.spyOn(globalThis, "fetch").mockResolvedValue(new Response("{}", { status: 201 }))
    const waitUntil = vi.fn()
    reportLanding(request("http://localhost/zh-CN/store?utm_campaign=xibohui-2026"), visitor, waitUntil)
    expect(waitUntil).toHaveBeenCalledTimes(1)
    expect(JSON.parse(String(fetchSpy.mock.calls[0]?.[1]?.body))).toMatchObject({ visitor_id: ID, landing_path: "/zh-CN/store" })
    fetchSpy.mockRestore()
  })

  it("skips prefetches, HEADs and links without a campaign", () => {
    const waitUntil = vi.fn()
    reportLanding(request("http://localhost/zh-CN?utm_campaign=x", { headers: { "next-router-prefetch": "1" } }), visitor, waitUntil)
    reportLanding(request("http://localhost/zh-CN?utm_campaign=x", { method: "HEAD" }), visitor, waitUntil)
    reportLanding(request("http://localhost/zh-CN?utm_source=wechat"), visitor, waitUntil)
    expect(waitUntil).not.toHaveBeenCalled()
  })
})

describe("proxy", () => {
  function event(waits: Promise<unknown>[]): NextFetchEvent {
    return { waitUntil: (promise: Promise<unknown>) => void waits.push(promise) } as unknown as NextFetchEvent
  }
  const cookieId = (response: Response) => /seleno_visitor=([^;]+)/.exec(response.headers.get("set-cookie") ?? "")?.[1]

  it("sets the visitor cookie on a locale redirect and reports only the redirected landing, with the id it set", async () => {
    const fetchSpy = vi.spyOn(globalThis, "fetch").mockResolvedValue(new Response("{}", { status: 201 }))
    const waits: Promise<unknown>[] = []
    const redirect = proxy(new NextRequest("http://localhost:8000/store?utm_campaign=xibohui-2026", { headers: { "accept-language": "zh-CN" } }), event(waits))
    expect(redirect.status).toBe(307)
    expect(waits).toHaveLength(0)
    const id = cookieId(redirect)
    expect(isValidVisitorId(id)).toBe(true)
    expect(redirect.headers.get("set-cookie")).toMatch(/HttpOnly/i)
    expect(redirect.headers.get("set-cookie")).not.toMatch(/Secure/i)

    const landing = proxy(
      new NextRequest(`http://localhost:8000${redirect.headers.get("location")?.replace(/^https?:\/\/[^/]+/, "")}`, {
        headers: { cookie: `seleno_visitor=${id}` },
      }),
      event(waits)
    )
    expect(landing.headers.get("set-cookie")).toBeNull()
    await Promise.all(waits)
    expect(JSON.parse(String(fetchSpy.mock.calls[0]?.[1]?.body))).toEqual({
      visitor_id: id,
      utm_campaign: "xibohui-2026",
      landing_path: "/zh-CN/store",
    })
    fetchSpy.mockRestore()
  })

  it("gives a first visit a cookie that this request's pages already see and reports with that id", async () => {
    const fetchSpy = vi.spyOn(globalThis, "fetch").mockResolvedValue(new Response("{}", { status: 201 }))
    const waits: Promise<unknown>[] = []
    const response = proxy(new NextRequest("https://shop.example/en/store?utm_campaign=xibohui-2026", { headers: { cookie: "a=1" } }), event(waits))
    const id = cookieId(response)
    expect(response.headers.get("set-cookie")).toMatch(/Secure/i)
    expect(response.headers.get("x-middleware-request-cookie")).toBe(`a=1; seleno_visitor=${id}`)
    await Promise.all(waits)
    expect(JSON.parse(String(fetchSpy.mock.calls[0]?.[1]?.body)).visitor_id).toBe(id)
    fetchSpy.mockRestore()
  })
})
