/**
 * First-party campaign attribution: every browser gets a random id in our own cookie, and an
 * arrival through a campaign link (`utm_campaign` = the campaign's handle) is reported to the
 * backend with that id. No third-party tracker, no personal data. Used by the proxy, so nothing
 * here may depend on server-only modules.
 */

import { isPrefetchRequest } from "./trace-request"

export const VISITOR_COOKIE = "seleno_visitor"
export const VISITOR_MAX_AGE_SECONDS = 60 * 60 * 24 * 365

/** Visitor ids are random UUIDs (v4) we generate; anything else in the cookie is replaced. */
const VISITOR_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

/** Campaign handles are lowercase a-z0-9-; other values cannot name a campaign. */
const CAMPAIGN_HANDLE = /^[a-z0-9][a-z0-9-]*$/

/** UTM values are free text from links; long ones are cut so a crafted link cannot bloat the report. */
const MAX_UTM_LENGTH = 200
const MAX_PATH_LENGTH = 500

export function isValidVisitorId(value: unknown): value is string {
  return typeof value === "string" && VISITOR_ID.test(value)
}

export function newVisitorId(): string {
  return crypto.randomUUID()
}

export interface VisitorCookieOptions {
  httpOnly: true
  sameSite: "lax"
  path: "/"
  maxAge: number
  secure: boolean
}

/** Secure only over https: a Secure cookie set over plain http (local dev, the e2e run) would be dropped. */
export function visitorCookieOptions(secure: boolean): VisitorCookieOptions {
  return { httpOnly: true, sameSite: "lax", path: "/", maxAge: VISITOR_MAX_AGE_SECONDS, secure }
}

/** True when the browser reached us over https (directly, or through a proxy that says so). */
export function isHttpsRequest(url: URL, headers: Headers): boolean {
  if (url.protocol === "https:") return true
  const forwarded = headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase()
  return forwarded === "https"
}

/** The visitor's id from the cookie when valid, else a new one that the response must set. */
export function resolveVisitor(cookieValue: string | undefined): { id: string; isNew: boolean } {
  return isValidVisitorId(cookieValue) ? { id: cookieValue, isNew: false } : { id: newVisitorId(), isNew: true }
}

/**
 * A Cookie request header with `name=value` in it (replacing any earlier value), so pages rendered
 * for the very request that created the cookie already see the visitor id.
 */
export function withRequestCookie(header: string | null, name: string, value: string): string {
  const others = (header ?? "")
    .split(";")
    .map((part) => part.trim())
    .filter((part) => part && part.split("=")[0]?.trim() !== name)
  return [...others, `${name}=${value}`].join("; ")
}

/** POST /store/campaign-visits body. */
export interface CampaignVisitReport {
  visitor_id: string
  utm_campaign: string
  utm_source?: string
  utm_medium?: string
  utm_content?: string
  landing_path?: string
}

function utmValue(search: URLSearchParams, name: string): string | undefined {
  const value = search.get(name)?.trim()
  return value ? value.slice(0, MAX_UTM_LENGTH) : undefined
}

/**
 * The visit to report for a landing URL, or null when it carries no usable `utm_campaign`.
 * The handle is lower-cased since links are often typed by hand.
 */
export function campaignVisitFrom(search: URLSearchParams, pathname: string, visitorId: string): CampaignVisitReport | null {
  const campaign = utmValue(search, "utm_campaign")?.toLowerCase()
  if (!campaign || !CAMPAIGN_HANDLE.test(campaign) || !isValidVisitorId(visitorId)) return null
  const report: CampaignVisitReport = { visitor_id: visitorId, utm_campaign: campaign }
  const source = utmValue(search, "utm_source")
  const medium = utmValue(search, "utm_medium")
  const content = utmValue(search, "utm_content")
  if (source) report.utm_source = source
  if (medium) report.utm_medium = medium
  if (content) report.utm_content = content
  if (pathname) report.landing_path = pathname.slice(0, MAX_PATH_LENGTH)
  return report
}

export interface ReportOptions {
  backendUrl: string
  publishableKey?: string
  timeoutMs?: number
  fetchImpl?: typeof fetch
}

/**
 * Sends a visit and never throws: attribution must not break or slow down a page, so failures
 * (backend down, unknown campaign 404, timeout) are ignored. Resolves to whether it was recorded.
 */
export async function reportCampaignVisit(visit: CampaignVisitReport, options: ReportOptions): Promise<boolean> {
  const { backendUrl, publishableKey, timeoutMs = 1500, fetchImpl = fetch } = options
  try {
    const response = await fetchImpl(`${backendUrl.replace(/\/+$/, "")}/store/campaign-visits`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(publishableKey ? { "x-publishable-api-key": publishableKey } : {}),
      },
      body: JSON.stringify(visit),
      signal: AbortSignal.timeout(timeoutMs),
    })
    return response.ok
  } catch {
    return false
  }
}

/** What the proxy needs of a request (NextRequest fits). */
export interface AttributedRequest {
  method: string
  headers: Headers
  nextUrl: URL
  cookies: { get(name: string): { value: string } | undefined }
}

export interface Visitor {
  id: string
  /** True when the id was made for this request: the response sets the cookie and the request carries it on. */
  isNew: boolean
  secure: boolean
}

export function visitorOf(request: AttributedRequest): Visitor {
  return { ...resolveVisitor(request.cookies.get(VISITOR_COOKIE)?.value), secure: isHttpsRequest(request.nextUrl, request.headers) }
}

/** Sets the visitor cookie on a response when it is new; returns the response. */
export function withVisitorCookie<R extends { cookies: { set(name: string, value: string, options: VisitorCookieOptions): unknown } }>(
  response: R,
  visitor: Visitor
): R {
  if (visitor.isNew) response.cookies.set(VISITOR_COOKIE, visitor.id, visitorCookieOptions(visitor.secure))
  return response
}

/**
 * Reports a page view that arrived through a campaign link, in the background (`waitUntil`), with
 * the id from `visitor` (a cookie set on this response is not in this request yet). HEADs, posts
 * and prefetches are not visits.
 */
export function reportLanding(request: AttributedRequest, visitor: Visitor, waitUntil: (promise: Promise<unknown>) => void): void {
  if (request.method.toUpperCase() !== "GET" || isPrefetchRequest(request.headers)) return
  const visit = campaignVisitFrom(request.nextUrl.searchParams, request.nextUrl.pathname, visitor.id)
  if (!visit) return
  waitUntil(
    reportCampaignVisit(visit, {
      backendUrl: process.env.MEDUSA_BACKEND_URL || "http://localhost:9000",
      publishableKey: process.env.MEDUSA_PUBLISHABLE_KEY || undefined,
    })
  )
}
