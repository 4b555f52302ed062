import { applyForEnterprise, approvedEnterprise, PORTAL_PASSWORD } from "../utils/enterprise"
import { expectFailure } from "../utils/store"
import { seededSuite } from "../utils/suite"

// Sign-in throttling of every actor, the enterprise's included, is proved in sign-in-throttle.spec.ts.
seededSuite("seleno_it_enterprise_security", ({ api }) => {
  describe("cross-site requests with the session cookie", () => {
    async function sessionCookie(email: string): Promise<string> {
      const { headers } = await approvedEnterprise(api, email)
      const session = await api.post("/auth/session", {}, headers)
      return String(session.headers["set-cookie"]![0]).split(";")[0]!
    }

    it("are refused from a forged Origin, and nothing changes", async () => {
      const cookie = await sessionCookie("csrf-target@example.com")
      const forged = await expectFailure(
        api.post("/enterprise/me", { contact_phone: "0915-0000000" }, { headers: { cookie, origin: "https://evil.example" } })
      )
      expect(forged.status).toBe(403)
      expect(forged.data.message).toMatch(/Cross-site request refused: origin https:\/\/evil.example is not allowed/)
      const noOrigin = await expectFailure(api.post("/enterprise/me", { contact_phone: "0915-0000000" }, { headers: { cookie } }))
      expect(noOrigin.status).toBe(403)
      expect(noOrigin.data.message).toMatch(/names no Origin/)
      const me = await api.get("/enterprise/me", { headers: { cookie } })
      expect(me.data.enterprise.contact_phone).toBe("0915-5211234")
    })

    it("are accepted from the storefront's origin", async () => {
      const cookie = await sessionCookie("csrf-owner@example.com")
      const storefront = (process.env.STOREFRONT_URL ?? "http://localhost:8000").replace(/\/$/, "")
      const { data } = await api.post("/enterprise/me", { contact_phone: "0915-7654321" }, { headers: { cookie, origin: storefront } })
      expect(data.enterprise.contact_phone).toBe("0915-7654321")
    })
  })

  it("an enterprise waiting for review cannot list, invite or sell yet (only its profile and licence are open)", async () => {
    await applyForEnterprise(api, "pending-owner@example.com")
    const { data } = await api.post("/auth/enterprise/emailpass", { email: "pending-owner@example.com", password: PORTAL_PASSWORD })
    const pendingOwner = { headers: { authorization: `Bearer ${data.token}` } }
    // Each request starts only when the previous one is checked: a refusal that arrives before
    // its promise is awaited would surface as an unhandled rejection and fail the suite.
    for (const attempt of [
      () => api.post("/enterprise/products", { title: "x" }, pendingOwner),
      () => api.post("/enterprise/invites", { email: "colleague@example.com" }, pendingOwner),
      () => api.get("/enterprise/orders", pendingOwner),
    ]) {
      const refused = await expectFailure(attempt())
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/waiting for review/)
    }
  })
})
