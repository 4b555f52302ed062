/*
 * Next.js answers cached pages with `s-maxage=…, stale-while-revalidate=<a year>`, which invites a
 * CDN or proxy in front of the storefront to keep a page for a year after the backend invalidated
 * it. Only the storefront's own cache is invalidated (POST /api/revalidate), so pages tell every
 * other cache to ask again each time; the storefront answers from its cache in milliseconds anyway.
 */
const REVALIDATE_EVERY_TIME = "public, max-age=0, must-revalidate"

export function downstreamCacheControl(value) {
  return typeof value === "string" && /\bs-maxage=/.test(value) ? REVALIDATE_EVERY_TIME : value
}

/** Makes `res` rewrite the Cache-Control Next.js sets on cached pages (see above). */
export function keepPagesOutOfSharedCaches(res) {
  const setHeader = res.setHeader.bind(res)
  res.setHeader = (name, value) => setHeader(name, String(name).toLowerCase() === "cache-control" ? downstreamCacheControl(value) : value)
}
