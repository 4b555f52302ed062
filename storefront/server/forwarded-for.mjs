import clientAddressRules from "@seleno/domain/dist/net/client-address.js"

const { clientAddressOf, normalizeAddress, parseTrustedProxies } = clientAddressRules

/*
 * Who is on the other end of a storefront request, decided before Next.js sees it. Next.js keeps an
 * X-Forwarded-For the client wrote (it only fills the header when absent), and the storefront's
 * server calls pass that address on to the backend, so a shopper could otherwise choose the address
 * their scans and sign-ins count under. The header is therefore always replaced: by the socket's
 * peer, or, when the peer is a configured trusted proxy (TRUSTED_PROXIES), by walking the header
 * from its right end one hop at a time while each hop is itself trusted.
 */

// The walk itself is shared with the backend (one rule, one home).
export { clientAddressOf as clientAddress, normalizeAddress, parseTrustedProxies }

/** Replaces the request's X-Forwarded-For by the one address the storefront vouches for. */
export function replaceForwardedFor(req, trusted) {
  const address = clientAddressOf(req, trusted)
  if (address) req.headers["x-forwarded-for"] = address
  else delete req.headers["x-forwarded-for"]
  // Nothing downstream may read another client-written address header.
  delete req.headers["x-real-ip"]
  delete req.headers.forwarded
}

/** The storefront's request listener: the address is settled, then Next.js handles the request. */
export function createRequestListener(handle, trusted = parseTrustedProxies(process.env.TRUSTED_PROXIES)) {
  return (req, res) => {
    replaceForwardedFor(req, trusted)
    return handle(req, res)
  }
}
