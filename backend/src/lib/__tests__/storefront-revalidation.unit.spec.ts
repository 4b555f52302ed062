import { createServer, type IncomingMessage, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { REVALIDATE_ROUTE, REVALIDATE_SIGNATURE_HEADER, REVALIDATE_TIMESTAMP_HEADER, STOREFRONT_CACHE_TAGS, verifyRevalidation } from "@seleno/domain"
import { STOREFRONT_CACHE_EVENTS, STOREFRONT_CACHE_EVENT_NAMES } from "../storefront-cache-events"
import { notifyStorefronts, storefrontRevalidateUrls } from "../storefront-revalidation"
import { config as subscriberConfig } from "../../subscribers/storefront-cache"

const SECRET = "unit-test-secret"

type Received = { path: string; timestamp: string | null; signature: string | null; body: string }

async function storefront(status: number, delayMs = 0): Promise<{ url: string; received: Received[]; server: Server }> {
  const received: Received[] = []
  const server = createServer((req: IncomingMessage, res) => {
    let body = ""
    req.on("data", (chunk) => (body += chunk))
    req.on("end", () => {
      received.push({ path: req.url ?? "", timestamp: req.headers[REVALIDATE_TIMESTAMP_HEADER] as string, signature: req.headers[REVALIDATE_SIGNATURE_HEADER] as string, body })
      setTimeout(() => res.writeHead(status).end(), delayMs).unref()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received, server }
}

const quietLogger = () => ({ info: jest.fn(), warn: jest.fn() })

describe("notifyStorefronts", () => {
  const servers: Server[] = []
  afterAll(() =>
    servers.forEach((s) => {
      s.closeAllConnections()
      s.close()
    })
  )

  it("posts one signed request to every listed storefront that verifyRevalidation accepts", async () => {
    const a = await storefront(200)
    const b = await storefront(200)
    servers.push(a.server, b.server)
    const logger = quietLogger()
    const results = await notifyStorefronts(["catalog", "certification", "catalog"], {
      env: { STOREFRONT_REVALIDATE_SECRET: SECRET, STOREFRONT_REVALIDATE_URLS: ` ${a.url}/ ,${b.url}` },
      logger,
    })
    expect(results).toEqual([
      { url: a.url, ok: true, status: 200 },
      { url: b.url, ok: true, status: 200 },
    ])
    for (const { received } of [a, b]) {
      expect(received).toHaveLength(1)
      expect(received[0]!.path).toBe(REVALIDATE_ROUTE)
      expect(await verifyRevalidation(SECRET, received[0]!)).toEqual({ ok: true, tags: ["catalog", "certification"] })
      expect(await verifyRevalidation("another-secret", received[0]!)).toEqual({ ok: false, code: "bad_signature" })
    }
    expect(logger.warn).not.toHaveBeenCalled()
  })

  it("does nothing without a secret, saying so once", async () => {
    const a = await storefront(200)
    servers.push(a.server)
    const logger = quietLogger()
    expect(await notifyStorefronts(["catalog"], { env: { STOREFRONT_REVALIDATE_URLS: a.url }, logger })).toEqual([])
    expect(await notifyStorefronts(["catalog"], { env: { STOREFRONT_REVALIDATE_URLS: a.url }, logger })).toEqual([])
    expect(a.received).toHaveLength(0)
    expect(logger.info.mock.calls.length).toBeLessThanOrEqual(1)
  })

  it("never throws: a refusing, failing or slow storefront is a warning naming it, and the others still hear", async () => {
    const up = await storefront(200)
    const failing = await storefront(500)
    const slow = await storefront(200, 2000)
    servers.push(up.server, failing.server, slow.server)
    const closed = await storefront(200)
    await new Promise((resolve) => closed.server.close(resolve))
    const logger = quietLogger()
    const started = Date.now()
    const results = await notifyStorefronts(["trace"], {
      env: { STOREFRONT_REVALIDATE_SECRET: SECRET, STOREFRONT_REVALIDATE_URLS: [up.url, failing.url, slow.url, closed.url].join(",") },
      logger,
      timeoutMs: 300,
    })
    expect(Date.now() - started).toBeLessThan(1500)
    expect(results.map((r) => [r.url, r.ok, r.status])).toEqual([
      [up.url, true, 200],
      [failing.url, false, 500],
      [slow.url, false, null],
      [closed.url, false, null],
    ])
    expect(up.received).toHaveLength(1)
    const warnings = logger.warn.mock.calls.map(([message]) => String(message))
    expect(warnings).toHaveLength(3)
    for (const url of [failing.url, slow.url, closed.url]) expect(warnings.some((w) => w.includes(url))).toBe(true)
  })

  it("defaults to STOREFRONT_URL, then the local storefront", () => {
    expect(storefrontRevalidateUrls({ STOREFRONT_URL: "https://shop.example.cn/" })).toEqual(["https://shop.example.cn"])
    expect(storefrontRevalidateUrls({})).toEqual(["http://localhost:8000"])
    expect(storefrontRevalidateUrls({ STOREFRONT_URL: "https://x", STOREFRONT_REVALIDATE_URLS: "http://a:1,http://b:2,http://a:1" })).toEqual(["http://a:1", "http://b:2"])
  })
})

describe("storefront cache events", () => {
  it("maps only to known tags, reaches every tag, and the subscriber listens to exactly the mapped events", () => {
    const used = new Set<string>()
    for (const [event, tags] of Object.entries(STOREFRONT_CACHE_EVENTS)) {
      expect([event, tags.length > 0]).toEqual([event, true])
      for (const tag of tags) {
        expect(STOREFRONT_CACHE_TAGS).toContain(tag)
        used.add(tag)
      }
    }
    expect([...used].sort()).toEqual([...STOREFRONT_CACHE_TAGS].sort())
    expect(subscriberConfig.event).toEqual(STOREFRONT_CACHE_EVENT_NAMES)
  })

  // Event names recorded on Medusa 2.21.2 (integration-tests/http/storefront-cache.spec.ts header).
  it.each([
    ["product-variant.updated", "catalog"], // a variant's prices edited in the admin
    ["pricing.price.created", "catalog"],
    ["pricing.price-list.deleted", "catalog"],
    ["inventory.inventory-level.updated", "catalog"], // stocked quantity, and every reservation
    ["reservation-item.created", "catalog"],
    ["product.claims_changed", "certification"],
    ["certification.certificate.updated", "certification"], // revoke, review
    ["product-category.updated", "categories"],
    ["LinkProductSalesChannel.detached", "catalog"],
    ["region.updated", "regions"],
    ["brand.brand.updated", "brands"],
    ["enterprise.enterprise.updated", "enterprises"],
    ["promotion.campaign.updated", "campaigns"],
    ["marketing.campaign-page.created", "campaigns"],
    ["marketing.live-session.updated", "live-sessions"],
    ["traceability.trace-batch.updated", "trace"],
    ["traceability.trace-event.created", "trace"],
  ])("%s makes %s stale", (event, tag) => {
    expect(STOREFRONT_CACHE_EVENTS[event]).toContain(tag)
  })
})
