import { once } from "node:events"
import { createServer, request } from "node:http"
import { afterEach, describe, expect, it } from "vitest"
import { clientAddress, createRequestListener, parseTrustedProxies } from "./forwarded-for.mjs"

/** Starts the storefront's request listener with a stand-in for Next.js that echoes what it received. */
async function serve(trusted) {
  const handle = (req, res) => {
    res.setHeader("content-type", "application/json")
    res.end(JSON.stringify({ forwardedFor: req.headers["x-forwarded-for"] ?? null, realIp: req.headers["x-real-ip"] ?? null }))
  }
  const server = createServer(createRequestListener(handle, parseTrustedProxies(trusted)))
  server.listen(0, "127.0.0.1")
  await once(server, "listening")
  return server
}

function get(server, headers) {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port: server.address().port, path: "/01/06971234000019/10/L2026001/21/0001", headers }, (res) => {
      let body = ""
      res.on("data", (chunk) => (body += chunk))
      res.on("end", () => resolve(JSON.parse(body)))
    })
    req.on("error", reject)
    req.end()
  })
}

let server
afterEach(() => server?.close())

describe("the storefront's custom server", () => {
  it("replaces a client's X-Forwarded-For (and X-Real-IP) with the peer address", async () => {
    server = await serve("")
    expect(await get(server, { "x-forwarded-for": "1.2.3.4", "x-real-ip": "5.6.7.8" })).toEqual({ forwardedFor: "127.0.0.1", realIp: null })
    expect(await get(server, {})).toEqual({ forwardedFor: "127.0.0.1", realIp: null })
  })

  it("behind a trusted proxy takes the proxy's view of the client, never the client-written left part", async () => {
    server = await serve("loopback")
    expect(await get(server, { "x-forwarded-for": "1.2.3.4, 203.0.113.7" })).toEqual({ forwardedFor: "203.0.113.7", realIp: null })
    expect(await get(server, {})).toEqual({ forwardedFor: "127.0.0.1", realIp: null })
  })
})

describe("clientAddress", () => {
  const trusted = parseTrustedProxies("loopback,10.0.0.0/8")
  const req = (peer, forwarded) => ({ socket: { remoteAddress: peer }, headers: forwarded === undefined ? {} : { "x-forwarded-for": forwarded } })
  it("walks trusted hops from the right and stops at the first untrusted one", () => {
    expect(clientAddress(req("127.0.0.1", "9.9.9.9, 203.0.113.7, 10.1.2.3"), trusted)).toBe("203.0.113.7")
    expect(clientAddress(req("::ffff:198.51.100.4", "1.1.1.1"), trusted)).toBe("198.51.100.4")
    expect(clientAddress(req("127.0.0.1", "not-an-address"), trusted)).toBe("127.0.0.1")
  })
  it("refuses a TRUSTED_PROXIES entry that is not an address", () => {
    expect(() => parseTrustedProxies("loopback,proxy.example")).toThrow(/TRUSTED_PROXIES/)
  })
})
