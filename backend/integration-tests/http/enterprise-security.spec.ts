import Redis from "ioredis"
import { InMemoryFailedSignIns, RedisFailedSignIns, type FailedSignIns } from "../../src/api/auth/failed-sign-ins"
import { applyForEnterprise, approvedEnterprise, PORTAL_PASSWORD } from "../utils/enterprise"
import { expectFailure } from "../utils/store"
import { seededSuite } from "../utils/suite"

// The storefront (on this host) signs in on the visitor's behalf and names them in
// X-Forwarded-For, which the backend believes from its TRUSTED_PROXIES only (loopback here, as
// `npm start` sets it); each test plays a visitor of its own so their failures do not add up.
process.env.TRUSTED_PROXIES = "loopback"
const from = (address: string) => ({ "x-forwarded-for": address })

seededSuite("seleno_it_enterprise_security", ({ api }) => {
  const signIn = (email: string, password: string, address: string) =>
    api.post("/auth/enterprise/emailpass", { email, password }, { headers: from(address) }).catch((error: { response: { status: number; data: any; headers: Record<string, string> } }) => error.response)

  it("five failed sign-ins for an account within a minute refuse the sixth, even with the right password, with Retry-After", async () => {
    await applyForEnterprise(api, "throttled@example.com")
    for (let i = 0; i < 5; i++) {
      // Five different addresses, so only the account's count reaches the limit.
      expect((await signIn("throttled@example.com", "wrong-password", `198.51.100.${i + 1}`)).status).toBe(401)
    }
    const refused = await signIn("Throttled@example.com", PORTAL_PASSWORD, "198.51.100.99")
    expect(refused.status).toBe(429)
    expect(Number(refused.headers["retry-after"])).toBeGreaterThanOrEqual(1)
    expect(Number(refused.headers["retry-after"])).toBeLessThanOrEqual(60)
    expect(refused.data.message).toMatch(/Too many failed sign-ins for this account; try again in \d+ seconds/)
    // Another account is not affected.
    await applyForEnterprise(api, "neighbour@example.com")
    expect((await signIn("neighbour@example.com", PORTAL_PASSWORD, "198.51.100.99")).status).toBe(200)
  })

  it("five failed sign-ins from one address within a minute refuse that address for every account", async () => {
    await applyForEnterprise(api, "victim@example.com")
    for (let i = 0; i < 5; i++) expect((await signIn(`guess-${i}@example.com`, "wrong-password", "203.0.113.7")).status).toBe(401)
    const refused = await signIn("victim@example.com", PORTAL_PASSWORD, "203.0.113.7")
    expect(refused.status).toBe(429)
    expect(refused.data.message).toMatch(/this address/)
    expect((await signIn("victim@example.com", PORTAL_PASSWORD, "203.0.113.8")).status).toBe(200)
  })

  it("a success clears the account's failures", async () => {
    await applyForEnterprise(api, "forgetful@example.com")
    for (let i = 0; i < 4; i++) expect((await signIn("forgetful@example.com", "wrong", `192.0.2.${i + 1}`)).status).toBe(401)
    expect((await signIn("forgetful@example.com", PORTAL_PASSWORD, "192.0.2.50")).status).toBe(200)
    for (let i = 0; i < 4; i++) expect((await signIn("forgetful@example.com", "wrong", `192.0.2.${i + 10}`)).status).toBe(401)
    expect((await signIn("forgetful@example.com", PORTAL_PASSWORD, "192.0.2.51")).status).toBe(200)
  })

  async function slidingWindow(log: FailedSignIns) {
    for (let t = 0; t < 5; t++) await log.record("k", 1000 + t, 60_000)
    expect(await log.recent("k", 1004, 60_000)).toEqual({ count: 5, oldestAt: 1000 })
    expect(await log.recent("k", 61_001, 60_000)).toEqual({ count: 3, oldestAt: 1002 })
    expect(await log.recent("k", 61_005, 60_000)).toEqual({ count: 0, oldestAt: null })
    await log.record("k", 70_000, 60_000)
    await log.clear("k")
    expect((await log.recent("k", 70_001, 60_000)).count).toBe(0)
  }

  it("the failure window slides: failures older than the window no longer count (in process)", async () => {
    await slidingWindow(new InMemoryFailedSignIns())
  })

  // With REDIS_URL the servers share the log in Redis; CI has Redis, so there this never skips.
  const redisUrl = process.env.SELENO_TEST_REDIS_URL
  if (!redisUrl && process.env.CI === "true") throw new Error("enterprise-security: REDIS_URL is unset on CI")
  ;(redisUrl ? it : it.skip)("the failure window slides the same way in Redis", async () => {
    const redis = new Redis(redisUrl!)
    const prefix = `seleno-it:sign-ins:${Date.now().toString(36)}-${process.pid}`
    try {
      await slidingWindow(new RedisFailedSignIns(redis, prefix))
      expect(await redis.keys(`${prefix}:*`)).toEqual([])
    } finally {
      redis.disconnect()
    }
  })

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
    for (const attempt of [
      api.post("/enterprise/products", { title: "x" }, pendingOwner),
      api.post("/enterprise/invites", { email: "colleague@example.com" }, pendingOwner),
      api.get("/enterprise/orders", pendingOwner),
    ]) {
      const refused = await expectFailure(attempt)
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/waiting for review/)
    }
  })
})
