import fs from "node:fs"
import path from "node:path"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { AFTER_SALES_MODULE } from "../../src/modules/after-sales"
import type AfterSalesModuleService from "../../src/modules/after-sales/service"
import { INVOICE_MODULE } from "../../src/modules/invoice"
import type InvoiceModuleService from "../../src/modules/invoice/service"
import { DEMO_PORTAL } from "../../src/seed/seed-portal"
import { readyCart, regionId } from "../utils/checkout"
import type { Headers } from "../utils/enterprise"
import { adminHeaders } from "../utils/store"
import { seededSuite } from "../utils/suite"
import { minimalPdf } from "../../src/workflows/enterprise-certificates/__tests__/sample-files"

// The isolation matrix: enterprise A (紫阳 tea) calls every /enterprise route with the ids of
// enterprise B (岚皋 konjac), both demo enterprises of the seed. The routes are read from the
// route files themselves, so a route added later is in the matrix or fails it.
const ROUTES_DIR = path.resolve(__dirname, "../../src/api/enterprise")
const [A, B] = DEMO_PORTAL.owners

/** A China calendar day `n` days back, as the settlement route takes it. */
const daysAgo = (n: number) => new Date(Date.now() + 8 * 3600_000 - n * 86_400_000).toISOString().slice(0, 10)

type Method = "GET" | "POST" | "DELETE"
interface Route {
  method: Method
  path: string
}

function enterpriseRoutes(dir = ROUTES_DIR, prefix = "/enterprise"): Route[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return enterpriseRoutes(path.join(dir, entry.name), `${prefix}/${entry.name}`)
    if (entry.name !== "route.ts") return []
    const source = fs.readFileSync(path.join(dir, entry.name), "utf8")
    return [...source.matchAll(/export const (GET|POST|DELETE)\b/g)].map((m) => ({ method: m[1] as Method, path: prefix }))
  })
}

seededSuite("seleno_it_enterprise_isolation", ({ api, getContainer, store }) => {
  let a: Headers
  let b: Headers
  const ids: Record<string, string> = {}

  async function login(email: string): Promise<Headers> {
    const { data } = await api.post("/auth/enterprise/emailpass", { email, password: DEMO_PORTAL.password })
    return { headers: { authorization: `Bearer ${data.token}` } }
  }

  beforeAll(async () => {
    a = await login(A!.email)
    b = await login(B!.email)
    const products = (await api.get("/enterprise/products", b)).data.products as { id: string; variants: { id: string }[] }[]
    ids.product = products[0]!.id
    ids.variant = products[0]!.variants[0]!.id
    ids.certificate = (await api.get("/enterprise/certificates", b)).data.certificates[0].id
    const batches = (await api.get("/enterprise/trace-batches", b)).data.trace_batches
    ids.batch =
      batches[0]?.id ??
      (await api.post("/enterprise/trace-batches", { variant_id: ids.variant, lot: "ISO001", produced_on: "2026-10-01", quantity: 10 }, b)).data.trace_batch.id
    // An order holding only B's items.
    const cartId = await readyCart(api, store, { regionId: await regionId(api, store), items: [{ variant_id: ids.variant, quantity: 1 }] })
    ids.order = (await api.post(`/store/carts/${cartId}/complete`, {}, store)).data.order.id
    ids.orderItem = (await api.get(`/enterprise/orders/${ids.order}`, b)).data.order.items[0].id
    // B has packed it (not shipped): a fulfilment A might try to ship, cancel or correct.
    ids.fulfillment = (await api.post(`/enterprise/orders/${ids.order}/fulfillments`, {}, b)).data.fulfillment.id
    // A closed settlement statement of B's (a past month, so no other check sees it).
    const meB = (await api.get("/enterprise/me", b)).data
    const enterpriseB = meB.enterprise.id
    ids.account = meB.account.id
    ids.statement = (await api.post(`/admin/settlements/${enterpriseB}/close`, { from: "2020-01-01", to: "2020-01-31" }, await adminHeaders(api))).data.statement.id
    // A 售后 request and a 发票 request on B's part, written straight to their modules: only their
    // ids matter here, the flows that make them have their own suites.
    const afterSales = getContainer().resolve<AfterSalesModuleService>(AFTER_SALES_MODULE)
    const items = [{ item_id: ids.orderItem, title: "B 的商品", quantity: 1, line_total_fen: 100 }]
    ids.afterSales = (await afterSales.createAfterSalesRequests({ order_id: ids.order, enterprise_id: enterpriseB, customer_id: "cus_isolation", kind: "quality_claim", reason: "damaged", items: items as unknown as Record<string, unknown>, refund_fen: 100, photo_file_ids: [] as unknown as Record<string, unknown> })).id
    // A private document of B's (its licence or a test report).
    const upload = new FormData()
    upload.append("files", new Blob([new Uint8Array(minimalPdf())], { type: "application/pdf" }), "b-licence.pdf")
    ids.upload = (await api.post("/enterprise/uploads", upload, b)).data.files[0].id
    ids.invoice = (await getContainer().resolve<InvoiceModuleService>(INVOICE_MODULE).createPartInvoices({ order_id: ids.order, enterprise_id: enterpriseB, type: "personal", title: "个人" })).id
  })

  // What each path parameter of each resource becomes: always one of B's ids.
  const paramIds = (resource: string): Record<string, string> => {
    switch (resource) {
      case "products":
        return { "[id]": ids.product!, "[variant_id]": ids.variant! }
      case "certificates":
        return { "[id]": ids.certificate! }
      case "trace-batches":
        return { "[id]": ids.batch! }
      case "orders":
        return { "[id]": ids.order!, "[fid]": ids.fulfillment! }
      case "settlement":
        return { "[id]": ids.statement! }
      case "after-sales":
        return { "[id]": ids.afterSales!, "[n]": "0" }
      case "invoices":
        return { "[id]": ids.invoice! }
      case "files":
        return { "[id]": ids.upload! }
      case "accounts":
        return { "[id]": ids.account! }
      default:
        return {}
    }
  }

  // Bodies that would be accepted for the enterprise's own ids, so only ownership can refuse them.
  const BODIES: Record<string, object> = {
    "POST /enterprise/products/[id]": { title: "A 改了 B 的商品" },
    "POST /enterprise/products/[id]/submit": {},
    "POST /enterprise/products/[id]/variants": { title: "A 给 B 加的规格", price: 1, stock: 1 },
    "POST /enterprise/products/[id]/variants/[variant_id]": { price: 1, stock: 0 },
    "POST /enterprise/products/[id]/variants/[variant_id]/low-stock": { threshold: 5 },
    "POST /enterprise/orders/[id]/fulfillments": { carrier: "sf", tracking_number: "SF1234567890123" },
    "POST /enterprise/orders/[id]/fulfillments/[fid]/ship": { carrier: "sf", tracking_number: "SF1234567890123" },
    "POST /enterprise/orders/[id]/fulfillments/[fid]/tracking": { carrier: "sf", tracking_number: "SF1234567890123" },
    "POST /enterprise/orders/[id]/fulfillments/[fid]/cancel": {},
    "POST /enterprise/trace-batches/[id]/events": { type: "inspected", occurred_at: new Date().toISOString(), place: "A 的仓库" },
    "POST /enterprise/trace-batches/[id]/void": { reason: "A 想撤回 B 的批次" },
    "POST /enterprise/after-sales/[id]/refuse": { reason: "A 拒绝 B 的售后" },
    "POST /enterprise/accounts/[id]": { role: "operator" },
  }

  async function snapshotOfB() {
    const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const product = (await api.get(`/enterprise/products/${ids.product}`, b)).data.product
    const order = (await api.get(`/enterprise/orders/${ids.order}`, b)).data.order
    const batch = (await api.get(`/enterprise/trace-batches/${ids.batch}`, b)).data.trace_batch
    const { rows } = await knex.raw("select count(*)::int as n from product where id = ? and deleted_at is null", [ids.product!])
    return {
      product: { title: product.title, status: product.status, variants: product.variants },
      live: rows[0].n,
      fulfillments: order.fulfillments.map((f: { id: string; shipped_at: string | null; tracking_number: string | null }) => [f.id, f.shipped_at, f.tracking_number]),
      events: batch.events.length,
      voided: batch.voided,
      certificate: (await api.get(`/enterprise/certificates/${ids.certificate}`, b)).data.certificate,
      afterSales: (await api.get(`/enterprise/after-sales/${ids.afterSales}`, b)).data.after_sales_request.status,
      invoice: (await getContainer().resolve<InvoiceModuleService>(INVOICE_MODULE).retrievePartInvoice(ids.invoice!)).status,
      team: (await api.get("/enterprise/accounts", b)).data.accounts,
    }
  }

  it("every enterprise route with a path parameter answers 404 to another enterprise's ids, and changes nothing", async () => {
    const routes = enterpriseRoutes().filter((r) => r.path.includes("["))
    expect(routes.length).toBeGreaterThanOrEqual(10)
    const before = await snapshotOfB()
    const answers: string[] = []
    for (const route of routes) {
      const resource = route.path.split("/")[2]!
      const params = paramIds(resource)
      const unknown = (route.path.match(/\[[^\]]+\]/g) ?? []).filter((p) => !params[p])
      if (unknown.length) throw new Error(`${route.method} ${route.path}: the matrix has no id of B for ${unknown.join(", ")}; add it`)
      const url = route.path.replace(/\[[^\]]+\]/g, (p) => params[p]!)
      const key = `${route.method} ${route.path}`
      const response = await api
        .request({ method: route.method, url, data: route.method === "POST" ? (BODIES[key] ?? {}) : undefined, ...a })
        .catch((error: { response: { status: number } }) => error.response)
      answers.push(`${key} → ${response.status}`)
    }
    expect(answers).toEqual(answers.map((line) => line.replace(/→ \d+$/, "→ 404")))
    expect(await snapshotOfB()).toEqual(before)
  })

  it("every enterprise route without a path parameter shows A nothing of B's", async () => {
    const lists = enterpriseRoutes().filter((r) => r.method === "GET" && !r.path.includes("["))
    expect(lists.map((r) => r.path)).toEqual(expect.arrayContaining(["/enterprise/products", "/enterprise/orders", "/enterprise/certificates", "/enterprise/trace-batches"]))
    const secrets = [ids.product, ids.variant, ids.certificate, ids.batch, ids.order, ids.orderItem, B!.email]
    // B's konjac by name: the order export shows titles, not ids.
    secrets.push((await api.get(`/enterprise/products/${ids.product}`, b)).data.product.title)
    for (const route of lists) {
      if (route.path === "/enterprise/orders/packing-slips") {
        // Slips are asked for by order id: B's order is not found for A, and no slip file is made.
        const refused = await api.get(`${route.path}?ids=${ids.order}`, a).catch((error: { response: { status: number } }) => error.response)
        expect(refused.status).toBe(404)
        continue
      }
      const query = route.path.endsWith("/settlement") || route.path.endsWith("/export") ? `?from=${daysAgo(30)}&to=${daysAgo(0)}` : ""
      const { status, data } = await api.get(`${route.path}${query}`, a)
      expect([route.path, status]).toEqual([route.path, 200])
      const body = JSON.stringify(data)
      for (const secret of secrets) expect([route.path, body.includes(secret!)]).toEqual([route.path, false])
    }
  })

  it("A's token opens no admin route, and B's ids stay out of A's settlement and dashboard", async () => {
    const admin = await api.get("/admin/enterprises", a).catch((error: { response: { status: number } }) => error.response)
    expect(admin.status).toBe(401)
    const settlement = (await api.get(`/enterprise/settlement?from=${daysAgo(1)}&to=${daysAgo(0)}`, a)).data
    expect(JSON.stringify(settlement)).not.toContain(ids.order!)
  })

  it("A's product sheet holds none of B's listings, and an import naming B's handle or SKU is refused without touching B", async () => {
    const ofB = (await api.get(`/enterprise/products/${ids.product}`, b)).data.product as { handle: string; title: string; variants: { sku: string | null }[] }
    const sheet = (await api.get("/enterprise/product-sheet?format=csv", { ...a, responseType: "text" })).data as string
    expect(sheet).not.toContain(ofB.handle)
    expect(sheet).not.toContain(ofB.title)
    const sku = ofB.variants.find((v) => v.sku)?.sku ?? ""
    const form = new FormData()
    const csv = `商品标识 handle,商品名称 title,品牌 brand,类目 categories,规格 variant_title,SKU sku,价格(元) price_cny,库存 stock\r\n${ofB.handle},A 冒用的商品,no-brand,tea,1,${sku},1,1\r\n`
    form.append("file", new Blob([csv], { type: "text/csv" }), "a.csv")
    const answer = await api.post("/enterprise/product-sheet", form, a).catch((e: { response: { status: number; data: { problems: { column: string; code: string }[] } } }) => e.response)
    expect(answer.status).toBe(400)
    expect(answer.data.problems).toEqual(expect.arrayContaining([expect.objectContaining({ column: "handle", code: "import_value_taken" })]))
    if (sku) expect(answer.data.problems).toEqual(expect.arrayContaining([expect.objectContaining({ column: "sku", code: "import_value_taken" })]))
    expect((await api.get(`/enterprise/products/${ids.product}`, b)).data.product.title).toBe(ofB.title)
  })
})
