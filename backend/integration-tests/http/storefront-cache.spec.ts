import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { REVALIDATE_ROUTE, REVALIDATE_SIGNATURE_HEADER, REVALIDATE_TIMESTAMP_HEADER, verifyRevalidation } from "@seleno/domain"
import storefrontCacheExpiryJob, { tagsOfDatesPassed } from "../../src/jobs/storefront-cache-expiry"
import { CERTIFICATION_MODULE } from "../../src/modules/certification"
import type CertificationModuleService from "../../src/modules/certification/service"
import { approvedEnterprise } from "../utils/enterprise"
import { adminHeaders } from "../utils/store"
import { seededSuite } from "../utils/suite"

/*
 * A stand-in storefront on loopback receives the backend's cache invalidations. The event names the
 * subscriber maps (src/lib/storefront-cache-events.ts) were recorded on Medusa 2.21.2 by subscribing
 * to "*" on the event bus while driving the admin API: e.g. a variant's prices edited through
 * POST /admin/products/:id/variants/:variant_id fire product-variant.updated,
 * product.product-variant.updated, pricing.price.deleted and pricing.price.created; a revoke fires
 * certification.certificate.updated only.
 */
const SECRET = "storefront-cache-it-secret"
type Received = { path: string; timestamp: string | null; signature: string | null; body: string; at: number }
const received: Received[] = []
let storefront: Server

beforeAll(async () => {
  storefront = createServer((req, res) => {
    let body = ""
    req.on("data", (chunk) => (body += chunk))
    req.on("end", () => {
      received.push({
        path: req.url ?? "",
        timestamp: (req.headers[REVALIDATE_TIMESTAMP_HEADER] as string) ?? null,
        signature: (req.headers[REVALIDATE_SIGNATURE_HEADER] as string) ?? null,
        body,
        at: Date.now(),
      })
      res.writeHead(200, { "content-type": "application/json" }).end('{"revalidated":true}')
    })
  })
  await new Promise<void>((resolve) => storefront.listen(0, "127.0.0.1", resolve))
  // Before the runner's own beforeAll boots the app.
  Object.assign(process.env, {
    STOREFRONT_REVALIDATE_SECRET: SECRET,
    STOREFRONT_REVALIDATE_URLS: `http://127.0.0.1:${(storefront.address() as AddressInfo).port}`,
  })
})
afterAll(async () => {
  storefront?.closeAllConnections()
  await new Promise((resolve) => storefront?.close(resolve))
})

/** The first verified invalidation naming `tag` that arrived after `since` (before the request), at most `timeoutMs` from now (its answer). */
async function invalidation(tag: string, since: number, timeoutMs = 2000): Promise<{ tags: string[]; ms: number }> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    for (const request of received.filter((r) => r.at >= since)) {
      expect(request.path).toBe(REVALIDATE_ROUTE)
      const check = await verifyRevalidation(SECRET, request)
      expect(check.ok).toBe(true)
      if (check.ok && (check.tags as string[]).includes(tag) && request.at <= deadline) return { tags: check.tags, ms: request.at - since }
    }
    if (Date.now() > deadline) throw new Error(`no invalidation of "${tag}" within ${timeoutMs} ms; got ${JSON.stringify(received.filter((r) => r.at >= since).map((r) => r.body))}`)
    await new Promise((r) => setTimeout(r, 50))
  }
}

seededSuite("seleno_it_storefront_cache", ({ api, getContainer }) => {
  let admin: { headers: Record<string, string> }
  beforeAll(async () => {
    admin = await adminHeaders(api)
    // Let the seed's own invalidations go by.
    await new Promise((r) => setTimeout(r, 500))
  })

  it("tells the storefront, signed, when a variant's price is changed in the admin", async () => {
    const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "product",
      fields: ["id", "variants.id", "variants.prices.amount", "variants.prices.currency_code"],
      filters: { handle: "ziyang-maojian-green-tea" },
    })
    const product = data[0] as unknown as { id: string; variants: { id: string; prices: { amount: number; currency_code: string }[] }[] }
    const variant = product.variants[0]!
    const price = variant.prices[0]!
    const since = Date.now()
    // Higher than before: the enterprise's price floor and discount consent allow a rise.
    await api.post(`/admin/products/${product.id}/variants/${variant.id}`, { prices: [{ currency_code: price.currency_code, amount: price.amount + 7 }] }, admin)
    const { tags } = await invalidation("catalog", since)
    expect(tags).toContain("catalog")
  })

  it("tells the storefront when staff revoke an approved certificate", async () => {
    const certification = getContainer().resolve<CertificationModuleService>(CERTIFICATION_MODULE)
    const [certificate] = await certification.listCertificates({ review_status: "approved", revoked_at: null }, { take: 1 })
    const since = Date.now()
    const { data } = await api.post(`/admin/certificates/${certificate!.id}/revoke`, {}, admin)
    expect(data.certificate.status).toBe("revoked")
    const { tags } = await invalidation("certification", since)
    expect(tags).toEqual(expect.arrayContaining(["certification", "catalog"]))
  })

  it("tells the storefront when staff grant a brand authorization request and when they revoke it", async () => {
    const enterprise = await approvedEnterprise(api, "grant@storefront-cache.example.com")
    const brands = (await api.get("/admin/brands?handle=langao-konjac", admin)).data.brands as { id: string; handle: string }[]
    const langao = brands.find((b) => b.handle === "langao-konjac")!.id
    const asked = await api.post("/enterprise/brand-authorization-requests", { brand_id: langao, category_handles: ["konjac"] }, enterprise.headers)
    await new Promise((r) => setTimeout(r, 300))
    const since = Date.now()
    const until = new Date(Date.now() + 90 * 86400000)
    const { data } = await api.post(`/admin/brand-authorization-requests/${asked.data.brand_authorization_request.id}/decide`, { decision: "grant", category_handles: ["konjac"], valid_until: until }, admin)
    // The public enterprise and brand pages list the enterprise's authorizations.
    expect((await invalidation("enterprises", since)).tags).toEqual(expect.arrayContaining(["enterprises", "brands"]))

    await new Promise((r) => setTimeout(r, 300))
    const revokedSince = Date.now()
    await api.post(`/admin/brand-authorizations/${data.brand_authorization_request.brand_authorization_id}/revoke`, {}, admin)
    expect((await invalidation("enterprises", revokedSince)).tags).toEqual(expect.arrayContaining(["enterprises", "brands"]))
  })

  it("tells the storefront when a price list is changed, which emits no event", async () => {
    const { data } = await api.post("/admin/price-lists", { title: "双十一", description: "sale", type: "sale", status: "draft" }, admin)
    await new Promise((r) => setTimeout(r, 300))
    const since = Date.now()
    await api.post(`/admin/price-lists/${data.price_list.id}`, { status: "active" }, admin)
    await invalidation("catalog", since)
  })

  it("tells the storefront when a certificate runs out, though no event marks it", async () => {
    const certification = getContainer().resolve<CertificationModuleService>(CERTIFICATION_MODULE)
    const [certificate] = await certification.listCertificates({ revoked_at: null }, { take: 1 })
    const until = new Date(certificate!.valid_until).getTime()
    expect(await tagsOfDatesPassed(getContainer(), new Date(until + 1000), new Date(until + 60_000))).not.toContain("certification")
    const since = Date.now()
    // The first run looks back two minutes from its time.
    await storefrontCacheExpiryJob(getContainer(), new Date(until + 30_000))
    const { tags } = await invalidation("certification", since)
    expect(tags).toEqual(expect.arrayContaining(["certification", "catalog"]))
    // Every dated entity is found through Query (an unknown entity name would throw).
    const everything = await tagsOfDatesPassed(getContainer(), new Date(0), new Date("2100-01-01"))
    expect(everything).toEqual(expect.arrayContaining(["certification", "catalog"]))
  })
})
