import { clientAddress, normalizeAddress, parseTrustedProxies } from "../client-address"

const req = (peer: string | undefined, xff?: string | string[]) => ({
  headers: xff === undefined ? {} : { "x-forwarded-for": xff },
  socket: { remoteAddress: peer },
})

describe("clientAddress", () => {
  const none = parseTrustedProxies(undefined)
  const loopback = parseTrustedProxies("loopback")

  it("is the socket's peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientAddress(req("203.0.113.9", "198.51.100.1"), none)).toBe("203.0.113.9")
    expect(clientAddress(req("127.0.0.1", "198.51.100.1"), none)).toBe("127.0.0.1")
  })

  it("reads one hop through a trusted proxy, the hop that proxy added", () => {
    expect(clientAddress(req("127.0.0.1", "198.51.100.1"), loopback)).toBe("198.51.100.1")
  })

  it("ignores what a client wrote to the left of the hop a trusted proxy appended", () => {
    // The client sent "X-Forwarded-For: 10.9.9.9"; the proxy appended the client's real address.
    expect(clientAddress(req("::1", "10.9.9.9, 198.51.100.1"), loopback)).toBe("198.51.100.1")
  })

  it("walks back through a chain of trusted proxies only", () => {
    const trusted = parseTrustedProxies("10.0.0.0/8, 127.0.0.1")
    expect(clientAddress(req("127.0.0.1", "6.6.6.6, 198.51.100.1, 10.1.2.3"), trusted)).toBe("198.51.100.1")
    expect(clientAddress(req("127.0.0.1", "10.1.2.3, 10.4.5.6"), trusted)).toBe("10.1.2.3")
  })

  it("stops at a malformed hop instead of believing anything left of it", () => {
    expect(clientAddress(req("127.0.0.1", "6.6.6.6, not-an-ip"), loopback)).toBe("127.0.0.1")
  })

  it("treats IPv4-mapped IPv6 peers as IPv4 and joins repeated headers", () => {
    expect(clientAddress(req("::ffff:127.0.0.1", ["1.1.1.1", "198.51.100.1"]), loopback)).toBe("198.51.100.1")
    expect(normalizeAddress(" ::ffff:192.0.2.4 ")).toBe("192.0.2.4")
  })

  it("says unknown without a socket address", () => {
    expect(clientAddress({ headers: {}, socket: null }, loopback)).toBe("unknown")
  })

  it("refuses a TRUSTED_PROXIES entry that is not an address", () => {
    expect(() => parseTrustedProxies("proxy.example.com")).toThrow(/not an IP address/)
  })
})
