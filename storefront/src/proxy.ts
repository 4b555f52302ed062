import { isStorefrontLocale, negotiateLocale } from "@seleno/domain"
import { NextResponse, type NextRequest } from "next/server"

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
])

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl
  const first = pathname.split("/")[1] ?? ""

  if (!isStorefrontLocale(first)) {
    if (first === "" || SECTIONS.has(first)) {
      const locale = negotiateLocale(request.headers.get("accept-language"))
      const url = request.nextUrl.clone()
      url.pathname = pathname === "/" ? `/${locale}` : `/${locale}${pathname}`
      const response = NextResponse.redirect(url, 307)
      response.headers.set("vary", "accept-language")
      return response
    }
    // Anything else (e.g. /fr/store) falls through to the locale layout, which answers 404.
  }

  const headers = new Headers(request.headers)
  headers.set(PATH_HEADER, `${pathname}${search}`)
  return NextResponse.next({ request: { headers } })
}

export const config = {
  matcher: ["/((?!_next/|api/|favicon\\.ico|robots\\.txt|sitemap\\.xml|.*\\.[a-z0-9]+$).*)"],
}
