/// <reference types="node" />
import { BlockList, isIP } from "node:net"

/**
 * Who is on the other end of an HTTP request, decided the same way by the backend and by the
 * storefront's server: the socket's peer address, unless that peer is a trusted proxy
 * (`TRUSTED_PROXIES`: addresses or CIDR ranges, comma separated; `loopback` for 127.0.0.0/8 and ::1).
 * Then `X-Forwarded-For` is read from its right end, one hop at a time, while each hop is itself a
 * trusted proxy; the first untrusted hop is the client. Anything a client writes further left is
 * never reached, so a client cannot choose its own address.
 *
 * Node-only (it needs node:net), so it is not exported from the package's index that browsers load:
 * import it from `@seleno/domain/dist/net/client-address`.
 */
export interface RequestLike {
  headers: Record<string, string | string[] | undefined>
  socket?: { remoteAddress?: string | undefined } | null
}

export function parseTrustedProxies(spec: string | undefined): BlockList {
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
export function normalizeAddress(address: string): string {
  const trimmed = address.trim().replace(/^\[|\]$/g, "")
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed)
  return mapped ? mapped[1]! : trimmed
}

function isTrusted(list: BlockList, address: string): boolean {
  const family = isIP(address)
  return family !== 0 && list.check(address, family === 4 ? "ipv4" : "ipv6")
}

/** The client's address, or "" when the socket has none. */
export function clientAddressOf(req: RequestLike, trusted: BlockList): string {
  let current = normalizeAddress(req.socket?.remoteAddress ?? "")
  if (!current) return ""
  const header = req.headers["x-forwarded-for"]
  const hops = (Array.isArray(header) ? header.join(",") : (header ?? ""))
    .split(",")
    .map(normalizeAddress)
    .filter(Boolean)
  while (isTrusted(trusted, current) && hops.length) {
    const next = hops.pop()!
    if (!isIP(next)) return current // a malformed hop: stop at the last address we could verify
    current = next
  }
  return current
}
