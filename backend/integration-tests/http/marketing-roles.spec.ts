import fs from "node:fs"
import path from "node:path"
import { Modules } from "@medusajs/framework/utils"
import { marketingMay } from "../../src/lib/staff-roles"
import { concurrently, readyCart, regionId, seededVariantId, settle } from "../utils/checkout"
import { TINY_PDF, TINY_PNG } from "../utils/enterprise"
import { createMarketingUser, staffLogin, type Headers } from "../utils/marketing"
import { adminHeaders } from "../utils/store"
import { seededSuite } from "../utils/suite"

// The role matrix: a marketing user calls every admin route there is, Medusa's own (read from its
// built route files) and ours (read from src/api/admin), so a route added later is in the matrix
// without anyone listing it. The allow-list decides what each call must answer; the records the
// refused calls aim at are compared before and after.

type Method = "GET" | "POST" | "DELETE"
interface Route {
  method: Method
  /** With [param] segments, as on disk. */
  path: string
}

function backendNodeModule(relative: string): string {
  for (const base of [path.resolve(__dirname, "../../node_modules"), path.resolve(__dirname, "../../../node_modules")]) {
    const candidate = path.join(base, relative)
    if (fs.existsSync(candidate)) return candidate
  }
  throw new Error(`${relative} not found`)
}

function routesIn(dir: string, file: "route.js" | "route.ts", prefix = "/admin"): Route[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return routesIn(path.join(dir, entry.name), file, `${prefix}/${entry.name}`)
    if (entry.name !== file) return []
    const source = fs.readFileSync(path.join(dir, entry.name), "utf8")
    // Public routes (AUTHENTICATE = false, e.g. invite acceptance) have no staff to check.
    if (/AUTHENTICATE\s*=\s*false/.test(source)) return []
    const pattern = file === "route.js" ? /exports\.(GET|POST|DELETE|PUT|PATCH)\s*=/g : /export const (GET|POST|DELETE|PUT|PATCH)\b/g
    const methods = new Set([...source.matchAll(pattern)].map((m) => m[1] as Method))
    return [...methods].map((method) => ({ method, path: prefix }))
  })
}

const MEDUSA_ROUTES = routesIn(backendNodeModule("@medusajs/medusa/dist/api/admin"), "route.js")
const OUR_ROUTES = routesIn(path.resolve(__dirname, "../../src/api/admin"), "route.ts")

seededSuite("seleno_it_marketing_roles", ({ api, getContainer, store }) => {
  let admin: Headers
  let marketing: Headers
  let marketingUser: { id: string; email: string }
  const ids: Record<string, string> = {}

  beforeAll(async () => {
    admin = await adminHeaders(api)
    marketingUser = await createMarketingUser(getContainer())
    marketing = await staffLogin(api, marketingUser.email)
    ids.admin = (await api.get("/admin/users/me", admin)).data.user.id
    ids.product = (await api.get("/admin/products?handle=ziyang-maojian-green-tea", admin)).data.products[0].id
    ids.enterprise = (await api.get("/admin/enterprises", admin)).data.enterprises[0].id
    ids.certificate = (await api.get("/admin/certificates", admin)).data.certificates[0].id
    const variant = await seededVariantId(api, store, "ziyang-maojian-green-tea")
    const cartId = await readyCart(api, store, { regionId: await regionId(api, store), items: [{ variant_id: variant, quantity: 1 }] })
    ids.order = (await api.post(`/store/carts/${cartId}/complete`, {}, store)).data.order.id
  })

  /** The records refused calls aim at, as platform staff sees them. */
  async function snapshot() {
    const users = getContainer().resolve(Modules.USER)
    const [adminUser, marketingRow] = await Promise.all([
      users.listUsers({ id: ids.admin! }),
      users.listUsers({ id: marketingUser.id }),
    ])
    const certificates = (await api.get("/admin/certificates", admin)).data.certificates as { id: string }[]
    return {
      order: (await api.get(`/admin/orders/${ids.order}?fields=id,email,status,metadata,updated_at,canceled_at`, admin)).data.order,
      product: (await api.get(`/admin/products/${ids.product}?fields=id,title,status,metadata,updated_at`, admin)).data.product,
      enterprise: (await api.get(`/admin/enterprises/${ids.enterprise}`, admin)).data.enterprise,
      certificate: certificates.find((c) => c.id === ids.certificate),
      users: [adminUser, marketingRow].map((u) => u.map(({ id, email, metadata, updated_at }) => ({ id, email, metadata, updated_at }))),
      userCount: (await users.listAndCountUsers({}))[1],
    }
  }

  // Real ids where a refused call would change something we can look at; any other parameter
  // gets a made-up id (the role check answers before the route looks anything up).
  function concretePath(route: Route): string {
    const resource = route.path.split("/")[2]
    const real: Record<string, string | undefined> = {
      orders: ids.order,
      products: ids.product,
      enterprises: ids.enterprise,
      certificates: ids.certificate,
      users: ids.admin,
    }
    let first = true
    return route.path.replace(/\[([^\]]+)\]/g, (_m, name: string) => {
      const value = first && real[resource!] ? real[resource!]! : `fake_${name}_0000000001`
      first = false
      return value
    })
  }

  // Bodies that platform staff could send with effect, so only the role refuses them.
  const BODIES: Record<string, object> = {
    "POST /admin/orders/[id]": { email: "changed-by-marketing@example.com", metadata: { changed: true } },
    "POST /admin/orders/[id]/cancel": {},
    "POST /admin/orders/[id]/archive": {},
    "POST /admin/products/[id]": { title: "市场改的标题", status: "draft" },
    "POST /admin/enterprises/[id]": { name: "市场改的企业名" },
    "POST /admin/certificates/[id]/revoke": {},
    "POST /admin/users/[id]": { first_name: "改", metadata: { role: "platform" } },
    "POST /admin/users": { email: "new-user-by-marketing@example.com" },
    "POST /admin/invites": { email: "invited-by-marketing@example.com" },
  }

  it("answers every admin route for marketing staff by the allow-list, refused ones with 403 and no change", async () => {
    const routes = [...MEDUSA_ROUTES, ...OUR_ROUTES]
    // Sanity: the walk found Medusa's routes and ours, and both allowed and refused ones.
    expect(MEDUSA_ROUTES.length).toBeGreaterThan(300)
    expect(OUR_ROUTES.some((r) => r.path === "/admin/marketing/attribution")).toBe(true)
    const before = await snapshot()

    const results = await concurrently(
      routes,
      async (route) => {
        const url = concretePath(route)
        const body = BODIES[`${route.method} ${route.path}`] ?? {}
        const response = await settle(
          route.method === "GET" ? api.get(url, marketing) : route.method === "DELETE" ? api.delete(url, marketing) : api.post(url, body, marketing)
        )
        return { route, url, allowed: marketingMay(route.method, url), ...response }
      },
      8
    )

    const wrong = results.filter((r) =>
      r.allowed ? r.status === 403 : r.status !== 403 || r.data?.type !== "not_allowed" || !/^Marketing staff cannot /.test(r.data?.message ?? "")
    )
    expect(wrong.map((r) => `${r.route.method} ${r.url} → ${r.status} ${JSON.stringify(r.data).slice(0, 120)}`)).toEqual([])
    const refused = results.filter((r) => !r.allowed)
    const allowed = results.filter((r) => r.allowed)
    expect(refused.length).toBeGreaterThan(250)
    expect(allowed.length).toBeGreaterThan(40)
    // The refused calls covered the records compared below.
    for (const target of [`POST /admin/orders/${ids.order}`, `POST /admin/enterprises/${ids.enterprise}`, `POST /admin/certificates/${ids.certificate}/revoke`, `DELETE /admin/users/${ids.admin}`]) {
      expect(refused.map((r) => `${r.route.method} ${r.url}`)).toContain(target)
    }

    expect(await snapshot()).toEqual(before)
  })

  it("lets marketing staff use what campaigns need", async () => {
    expect((await settle(api.get("/admin/products?limit=1", marketing))).status).toBe(200)
    expect((await settle(api.get("/admin/regions", marketing))).status).toBe(200)
    expect((await settle(api.get("/admin/promotions", marketing))).status).toBe(200)
    expect((await settle(api.get("/admin/marketing/attribution", marketing))).status).toBe(200)
    const me = await settle(api.get("/admin/users/me", marketing))
    expect(me).toMatchObject({ status: 200, data: { user: { id: marketingUser.id, metadata: { role: "marketing" } } } })
    const form = new FormData()
    form.append("files", new Blob([new Uint8Array(TINY_PNG)], { type: "image/png" }), "hero.png")
    const upload = await settle(api.post("/admin/uploads", form, marketing))
    expect(upload.status).toBe(200)
    expect(upload.data.files[0].url).toEqual(expect.any(String))
    // Images only: a PDF (or an SVG, which can carry script) is refused to marketing staff, not to platform staff.
    for (const [name, type] of [["brief.pdf", "application/pdf"], ["logo.svg", "image/svg+xml"]] as const) {
      const other = new FormData()
      other.append("files", new Blob([new Uint8Array(TINY_PDF)], { type }), name)
      const refused = await settle(api.post("/admin/uploads", other, marketing))
      expect(refused).toMatchObject({ status: 403, data: { type: "not_allowed" } })
      expect(refused.data.message).toContain(name)
    }
    const platformForm = new FormData()
    platformForm.append("files", new Blob([new Uint8Array(TINY_PDF)], { type: "application/pdf" }), "brief.pdf")
    expect((await settle(api.post("/admin/uploads", platformForm, admin))).status).toBe(200)
  })

  it("does not let marketing staff change their own role", async () => {
    for (const url of [`/admin/users/${marketingUser.id}`, "/admin/users/me"]) {
      const response = await settle(api.post(url, { metadata: { role: "platform" } }, marketing))
      expect(response.status).toBe(403)
      expect(response.data.message).toMatch(/^Marketing staff cannot POST/)
    }
    const [row] = await getContainer().resolve(Modules.USER).listUsers({ id: marketingUser.id })
    expect(row!.metadata).toEqual({ role: "marketing" })
    // Still refused elsewhere afterwards.
    expect((await settle(api.get("/admin/orders", marketing))).status).toBe(403)
  })

  it("keeps full access for platform staff, and a role change applies at the next request", async () => {
    for (const url of ["/admin/orders", "/admin/enterprises", "/admin/users", "/admin/customers", "/admin/marketing/attribution"]) {
      expect([url, (await settle(api.get(url, admin))).status]).toEqual([url, 200])
    }
    // Platform staff decide roles: taking the marketing role away opens the rest at once.
    const other = await createMarketingUser(getContainer())
    const otherHeaders = await staffLogin(api, other.email)
    expect((await settle(api.get("/admin/orders", otherHeaders))).status).toBe(403)
    const updated = await settle(api.post(`/admin/users/${other.id}`, { metadata: { role: "" } }, admin))
    expect(updated.status).toBe(200)
    expect((await settle(api.get("/admin/orders", otherHeaders))).status).toBe(200)
  })
})
