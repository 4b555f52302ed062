import "server-only"

/**
 * A file the backend answered, passed on to the browser as it came (type and disposition), never
 * cached and kept inert: the storefront's origin must not run anything a file holds.
 */
export async function relayFile(upstream: globalThis.Response): Promise<Response> {
  if (!upstream.ok) return new Response("Not found", { status: 404 })
  return new Response(await upstream.arrayBuffer(), {
    headers: {
      "content-type": upstream.headers.get("content-type") ?? "application/octet-stream",
      "content-disposition": upstream.headers.get("content-disposition") ?? "attachment",
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; sandbox",
    },
  })
}
