import { isStorefrontLocale, negotiateLocale } from "@seleno/domain"
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server"
import { reportLanding, visitorOf, VISITOR_COOKIE, withRequestCookie, withVisitorCookie } from "@/lib/attribution"
import { listingViewKey, listingViewOf } from "@/lib/listing-view"
import { traceLocale } from "@/lib/trace-request"

/** Header through which server components learn the requested path and query (for the language switch). */
export const PATH_HEADER = "x-seleno-path"

/** First path segments of app sections; a request for one of these without a locale is redirected. */
const SECTIONS = new Set([
  "store",
  "categories",
  "products",
  "cart",
  "checkout",
  "order",
  "account",
  "privacy",
  "terms",
  "returns",
  "contact",
  "enterprises",
  "brands",
  "search",
  "portal",
  "campaigns",
  "live",
])

export function proxy(request: NextRequest, event: NextFetchEvent) {
  const { pathname, search } = request.nextUrl
  const visitor = visitorOf(request)
  const first = pathname.split("/")[1] ?? ""

  // GS1 Digital Link trace pages (/01/{gtin}/10/{lot}[/21/{serial}]) are printed on packages:
  // they are never redirected to a locale path (their page negotiates the language itself).
  if (!isStorefrontLocale(first) && first !== "01") {
    if (first === "" || SECTIONS.has(first)) {
      const locale = negotiateLocale(request.headers.get("accept-language"))
      const url = request.nextUrl.clone()
      url.pathname = pathname === "/" ? `/${locale}` : `/${locale}${pathname}`
      const response = NextResponse.redirect(url, 307)
      response.headers.set("vary", "accept-language")
      // The visit is reported when the redirected URL (which keeps the query) is requested.
      return withVisitorCookie(response, visitor)
    }
    // Anything else (e.g. /fr/store) falls through to the locale layout, which answers 404.
  }

  const headers = new Headers(request.headers)
  headers.set(PATH_HEADER, `${pathname}${search}`)
  if (visitor.isNew) headers.set("cookie", withRequestCookie(request.headers.get("cookie"), VISITOR_COOKIE, visitor.id))
  reportLanding(request, visitor, (promise) => event.waitUntil(promise))
  const cached = listingPath(pathname, request.nextUrl.searchParams) ?? tracePath(pathname, request)
  const response = cached
    ? NextResponse.rewrite(new URL(cached, request.url), { request: { headers } })
    : NextResponse.next({ request: { headers } })
  if (cached?.startsWith("/trace/")) response.headers.set("vary", "accept-language")
  return withVisitorCookie(response, visitor)
}

const TRACE_CODE = /^(\/01\/[^/]+\/10\/[^/]+)(\/21\/[^/]+)?\/?$/

/**
 * A batch record, or a package of the batch, in the visitor's language: one cacheable page per
 * batch and language (app/trace/[locale]); every serial of a batch shares its page (…/21), which
 * reads the serial from the address in the browser.
 */
function tracePath(pathname: string, request: NextRequest): string | undefined {
  const match = TRACE_CODE.exec(pathname)
  if (!match) return undefined
  const locale = traceLocale(request.nextUrl.searchParams.get("lang"), request.headers.get("accept-language"))
  return `/trace/${locale}${match[1]}${match[2] ? "/21" : ""}`
}

const LISTING = /^\/(zh-CN|en)\/(store|categories\/[^/]+)$/

/** Product listings are cached per view: the query string becomes a path segment (lib/listing-view). */
function listingPath(pathname: string, query: URLSearchParams): string | undefined {
  if (!LISTING.test(pathname)) return undefined
  const view = listingViewOf(query)
  // On a category's page the category is in the path; on /store it is part of the view.
  const key = listingViewKey(pathname.includes("/categories/") ? { ...view, category: undefined } : view)
  return `${pathname}/${key}`
}

export const config = {
  matcher: ["/((?!_next/|api/|favicon\\.ico|robots\\.txt|sitemap\\.xml|.*\\.[a-z0-9]+$).*)"],
}
