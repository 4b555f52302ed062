/**
 * GET /api/health — the load balancer's check for this storefront instance: 200 while this process
 * serves requests. It calls nothing else (the backend has its own /health), so a backend outage does
 * not take every storefront out of the pool at once. Under /api, which the proxy (src/proxy.ts) skips: no locale
 * redirect, no visitor cookie, no landing report per check.
 */
export const dynamic = "force-dynamic"

export function GET(): Response {
  return new Response("OK", { status: 200, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } })
}

export function HEAD(): Response {
  return new Response(null, { status: 200, headers: { "cache-control": "no-store" } })
}
