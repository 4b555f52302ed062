import { BlockList, isIP } from "node:net"

/*
 * Who is on the other end of a storefront request, decided before Next.js sees it. Next.js keeps an
 * X-Forwarded-For the client wrote (it only fills the header when absent), and the storefront's
 * server calls pass that address on to the backend, so a shopper could otherwise choose the address
 * their scans and sign-ins count under. The header is therefore always replaced: by the socket's
 * peer, or, when the peer is a configured trusted proxy (TRUSTED_PROXIES), by walking the header
 * from its right end one hop at a time while each hop is itself trusted (the backend's
 * clientAddress does the same walk).
 */

/** `TRUSTED_PROXIES`: addresses or CIDR ranges, comma separated; `loopback` = 127.0.0.0/8 and ::1. */
export function parseTrustedProxies(spec) {
  const list = new BlockList()
  for (const raw of (spec ?? "").split(",").map((s) => s.trim()).filter(Boolean)) {
    if (raw === "loopback") {
      list.addSubnet("127.0.0.0", 8, "ipv4")
      list.addAddress("::1", "ipv6")
      continue
    }
    const [address = "", prefix] = raw.split("/")
    const family = isIP(address)
    if (!family) throw new Error(`TRUSTED_PROXIES: "${raw}" is not an IP address or CIDR range`)
    const type = family === 4 ? "ipv4" : "ipv6"
    if (prefix === undefined) list.addAddress(address, type)
    else list.addSubnet(address, Number(prefix), type)
  }
  return list
}

/** An IPv4 address written as IPv6 (`::ffff:1.2.3.4`) is the IPv4 address. */
export function normalizeAddress(address) {
  const trimmed = address.trim().replace(/^\[|\]$/g, "")
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed)
  return mapped ? mapped[1] : trimmed
}

function isTrusted(list, address) {
  const family = isIP(address)
  return family !== 0 && list.check(address, family === 4 ? "ipv4" : "ipv6")
}

/** The client's address: the peer, or the first untrusted hop from the right behind trusted proxies. */
export function clientAddress(req, trusted) {
  let current = normalizeAddress(req.socket?.remoteAddress ?? "")
  if (!current) return ""
  const header = req.headers["x-forwarded-for"]
  const hops = (Array.isArray(header) ? header.join(",") : (header ?? ""))
    .split(",")
    .map(normalizeAddress)
    .filter(Boolean)
  while (isTrusted(trusted, current) && hops.length) {
    const next = hops.pop()
    if (!isIP(next)) return current
    current = next
  }
  return current
}

/** Replaces the request's X-Forwarded-For by the one address the storefront vouches for. */
export function replaceForwardedFor(req, trusted) {
  const address = clientAddress(req, trusted)
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
