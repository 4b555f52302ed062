import { DEMO_PORTAL } from "../../src/seed/seed-portal"
import { adminHeaders, expectFailure } from "../utils/store"
import { seededSuite } from "../utils/suite"

// Control characters and impossible paging used to reach PostgreSQL and come back as 500s. One
// middleware (api/middlewares/request-hygiene.ts) answers 400 on every namespace, Medusa's own
// routes included, and every API answer carries the security headers.
seededSuite("seleno_it_request_hygiene", ({ api, store }) => {
  async function enterpriseHeaders() {
    const { data } = await api.post("/auth/enterprise/emailpass", { email: DEMO_PORTAL.owners[0]!.email, password: DEMO_PORTAL.password })
    return { headers: { authorization: `Bearer ${data.token}` } }
  }

  it("refuses NUL, control characters and bad paging with a 400 naming what to fix, on store, admin and enterprise routes", async () => {
    const admin = await adminHeaders(api)
    const enterprise = await enterpriseHeaders()
    const cases: [string, { headers: Record<string, string> }, string, RegExp][] = [
      ["/store/products?q=%E5%AF%8C%E7%A1%92%00", store, "control_character", /"q" contains a control character/],
      ["/store/products/prod_%00x", store, "control_character", /address contains a control character/],
      ["/store/products?limit=-1", store, "paging_invalid", /limit must be a whole number from 0 to 10000; got "-1"/],
      ["/store/products?offset=-5", store, "paging_invalid", /offset must be a whole number/],
      ["/store/products?limit=99999999", store, "paging_invalid", /limit must be/],
      ["/admin/products?limit=-1", admin, "paging_invalid", /limit must be/],
      ["/admin/orders?q=%1b", admin, "control_character", /"q" contains a control character/],
      ["/enterprise/orders?limit=-3", enterprise, "paging_invalid", /limit must be/],
      ["/enterprise/products/%00", enterprise, "control_character", /control character/],
    ]
    for (const [url, headers, code, message] of cases) {
      const failure = await expectFailure(api.get(url, headers))
      expect({ url, status: failure.status, code: failure.data.code, fits: message.test(failure.data.message) }).toEqual({ url, status: 400, code, fits: true })
    }

    // A NUL inside a JSON body is refused before anything is written.
    const { data: regions } = await api.get("/store/regions", store)
    const body = await expectFailure(api.post("/store/carts", { region_id: regions.regions[0].id, email: "nul\u0000@example.com" }, store))
    expect(body.status).toBe(400)
    expect(body.data).toMatchObject({ code: "control_character", message: "email contains a NUL character; remove it and try again" })

    // Ordinary requests still pass: Chinese search text, paging within bounds, Medusa's own admin's 9999.
    expect((await api.get("/store/products?q=%E5%AF%8C%E7%A1%92&limit=5&offset=0", store)).status).toBe(200)
    expect((await api.get("/admin/regions?limit=9999", admin)).status).toBe(200)
    expect((await api.get("/enterprise/orders?limit=10", enterprise)).status).toBe(200)
  })

  it("answers API requests, refused ones too, with nosniff, no framing and a strict referrer policy", async () => {
    // (Medusa's own 401 for a missing login is sent before any project middleware runs.)
    const admin = await adminHeaders(api)
    for (const response of [await api.get("/store/regions", store), await api.get("/admin/products?limit=1", admin), await expectFailure(api.get("/store/products?limit=-1", store))]) {
      const headers = "headers" in response ? (response as { headers: Record<string, string> }).headers : {}
      expect(headers).toMatchObject({
        "x-content-type-options": "nosniff",
        "x-frame-options": "DENY",
        "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
        "referrer-policy": "strict-origin-when-cross-origin",
      })
    }
  })

  it("adds HSTS in the deployment mode only (read per request, so the running server shows both)", async () => {
    expect((await api.get("/store/regions", store)).headers["strict-transport-security"]).toBeUndefined()
    // The boot refusal has already run; the header follows SELENO_ENV on each answer.
    process.env.SELENO_ENV = "production"
    try {
      expect((await api.get("/store/regions", store)).headers["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains")
      const refused = (await expectFailure(api.get("/store/products?limit=-1", store))) as unknown as { status: number; headers: Record<string, string> }
      expect(refused.status).toBe(400)
      expect(refused.headers["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains")
    } finally {
      delete process.env.SELENO_ENV
    }
  })
})
