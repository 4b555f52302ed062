import { BlockList, isIP } from "node:net"

/**
 * Who is on the other end of a request, decided in one place for the whole backend.
 *
 * The answer is the socket's peer address, unless that peer is a configured trusted proxy
 * (`TRUSTED_PROXIES`: addresses or CIDR ranges, comma separated; `loopback` for 127.0.0.0/8 and ::1).
 * Then `X-Forwarded-For` is read from its right end, one hop at a time, while each hop is itself a
 * trusted proxy; the first untrusted hop is the client. Anything a client writes further left is
 * never reached, so a client cannot choose its own address.
 *
 * Medusa sets Express's `trust proxy` to 1, so `req.ip` believes one forwarded hop from anyone:
 * it must not be used where an address counts.
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

let configured: { spec: string | undefined; list: BlockList } | null = null

function trustedFromEnv(): BlockList {
  const spec = process.env.TRUSTED_PROXIES
  if (!configured || configured.spec !== spec) configured = { spec, list: parseTrustedProxies(spec) }
  return configured.list
}

export function clientAddress(req: RequestLike, trusted: BlockList = trustedFromEnv()): string {
  let current = normalizeAddress(req.socket?.remoteAddress ?? "")
  if (!current) return "unknown"
  const header = req.headers["x-forwarded-for"]
  const hops = (Array.isArray(header) ? header.join(",") : header ?? "")
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
