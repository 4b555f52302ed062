import type { BlockList } from "node:net"
import { clientAddressOf, parseTrustedProxies, type RequestLike } from "@seleno/domain/dist/net/client-address"

export { normalizeAddress, parseTrustedProxies, type RequestLike } from "@seleno/domain/dist/net/client-address"

let configured: { spec: string | undefined; list: BlockList } | null = null

function trustedFromEnv(): BlockList {
  const spec = process.env.TRUSTED_PROXIES
  if (!configured || configured.spec !== spec) configured = { spec, list: parseTrustedProxies(spec) }
  return configured.list
}

/**
 * The visitor's address for the whole backend: the socket's peer, or X-Forwarded-For read only
 * through TRUSTED_PROXIES (the walk lives in @seleno/domain, shared with the storefront's server).
 *
 * Medusa sets Express's `trust proxy` to 1, so `req.ip` believes one forwarded hop from anyone:
 * it must not be used where an address counts.
 */
export function clientAddress(req: RequestLike, trusted: BlockList = trustedFromEnv()): string {
  return clientAddressOf(req, trusted) || "unknown"
}
