import { spawn, type ChildProcess } from "node:child_process"
import path from "node:path"
import { SIGN_IN_POLICY } from "../../src/lib/sign-in-throttle"
import { adminCredentials } from "../../src/seed/seed-admin"
import { signedInCustomer } from "../utils/customer"
import { applyForEnterprise, PORTAL_PASSWORD } from "../utils/enterprise"
import { scanKeys, suiteRedisClient, useRedis } from "../utils/redis"
import { seededSuite } from "../utils/suite"

// Before the app boots: its throttle counts in Redis, under a key prefix of this run.
const run = useRedis("sign-in-throttle")
// The storefront on this host names the visitor in X-Forwarded-For; the backend believes it from
// loopback only because TRUSTED_PROXIES says so (as `npm start` sets it).
process.env.TRUSTED_PROXIES = "loopback"

type Answer = { status: number; data: any; headers: Record<string, string> }
const CUSTOMER_PASSWORD = "shopper-pass-1"

if (!run) {
  it.skip("needs Redis: set REDIS_URL", () => undefined)
} else {
  const { prefix } = run
  const redis = suiteRedisClient(run)

  seededSuite("seleno_it_sign_in_throttle", ({ api, store }) => {
    const post = (route: string, body: object, headers: Record<string, string> = {}): Promise<Answer> =>
      api.post(route, body, { headers }).catch((error: { response?: Answer }) => {
        if (!error.response) throw error
        return error.response
      })
    const signIn = (actor: string, email: string, password: string, address?: string) =>
      post(`/auth/${actor}/emailpass`, { email, password }, address ? { "x-forwarded-for": address } : {})

    function expectThrottled(answer: Answer, code: string, maxSeconds: number) {
      expect(answer.status).toBe(429)
      expect(answer.data).toMatchObject({ type: "too_many_requests", code })
      const retryAfter = Number(answer.headers["retry-after"])
      expect(retryAfter).toBeGreaterThanOrEqual(1)
      expect(retryAfter).toBeLessThanOrEqual(maxSeconds)
      expect(answer.data.message).toMatch(/try again in \d+ minute/)
    }

    /** Five wrong passwords from a stranger block the stranger's pair, never the owner elsewhere. */
    async function strangerThenOwner(actor: string, email: string, password: string, stranger: string, owner: string) {
      for (let i = 0; i < SIGN_IN_POLICY.pair.points; i++) expect((await signIn(actor, email, "wrong-password", stranger)).status).toBe(401)
      const refused = await signIn(actor, email.toUpperCase(), password, stranger)
      expectThrottled(refused, "sign_in_throttled_pair", SIGN_IN_POLICY.pair.duration)
      expect(refused.data.message).toMatch(/from your network.*reset your password/)
      const ownerIn = await signIn(actor, email, password, owner)
      expect(ownerIn.status).toBe(200)
      expect(typeof ownerIn.data.token).toBe("string")
    }

    it("customer: five wrong passwords block that account from that address (429, Retry-After); the owner elsewhere signs in", async () => {
      await signedInCustomer(api, store, "shopper@example.com", CUSTOMER_PASSWORD)
      await strangerThenOwner("customer", "shopper@example.com", CUSTOMER_PASSWORD, "198.51.100.1", "198.51.100.2")
      // The counters are in Redis, under this run's prefix.
      expect((await scanKeys(redis, `${prefix}:sign-in:pair:*`)).length).toBeGreaterThan(0)
    })

    it("admin user: five wrong passwords block that account from that address; the owner elsewhere signs in", async () => {
      const { email, password } = adminCredentials()
      await strangerThenOwner("user", email, password, "198.51.100.11", "198.51.100.12")
    })

    it("enterprise: the same, and a success clears that address's failures for the account", async () => {
      await applyForEnterprise(api, "owner@enterprise-throttle.example")
      await strangerThenOwner("enterprise", "owner@enterprise-throttle.example", PORTAL_PASSWORD, "198.51.100.21", "198.51.100.22")
      const forgetful = "198.51.100.23"
      for (let round = 0; round < 2; round++) {
        for (let i = 0; i < SIGN_IN_POLICY.pair.points - 1; i++) expect((await signIn("enterprise", "owner@enterprise-throttle.example", "wrong", forgetful)).status).toBe(401)
        expect((await signIn("enterprise", "owner@enterprise-throttle.example", PORTAL_PASSWORD, forgetful)).status).toBe(200)
      }
    })

    it("failures on one account from many addresses stop new places only: where the owner signed in before still works", async () => {
      await signedInCustomer(api, store, "targeted@example.com", CUSTOMER_PASSWORD)
      expect((await signIn("customer", "targeted@example.com", CUSTOMER_PASSWORD, "192.0.2.200")).status).toBe(200)
      for (let i = 0; i < SIGN_IN_POLICY.account.points; i++) {
        expect((await signIn("customer", "targeted@example.com", "wrong-password", `10.1.${Math.floor(i / 200)}.${(i % 200) + 1}`)).status).toBe(401)
      }
      const newPlace = await signIn("customer", "targeted@example.com", CUSTOMER_PASSWORD, "192.0.2.201")
      expectThrottled(newPlace, "sign_in_throttled_account", SIGN_IN_POLICY.account.duration)
      expect(newPlace.data.message).toMatch(/device you have used before/)
      expect((await signIn("customer", "targeted@example.com", CUSTOMER_PASSWORD, "192.0.2.200")).status).toBe(200)
    })

    it("one address failing on many accounts is refused for every account and actor; other addresses are not", async () => {
      await signedInCustomer(api, store, "neighbour@example.com", CUSTOMER_PASSWORD)
      const stuffer = "203.0.113.50"
      for (let i = 0; i < SIGN_IN_POLICY.address.points; i++) expect((await signIn("customer", `guess-${i}@example.com`, "123456", stuffer)).status).toBe(401)
      const refused = await signIn("customer", "neighbour@example.com", CUSTOMER_PASSWORD, stuffer)
      expectThrottled(refused, "sign_in_throttled_address", SIGN_IN_POLICY.address.duration)
      expect(refused.data.message).toMatch(/from your network/)
      expect((await signIn("user", adminCredentials().email, adminCredentials().password, stuffer)).status).toBe(429)
      expect((await signIn("customer", "neighbour@example.com", CUSTOMER_PASSWORD, "203.0.113.51")).status).toBe(200)
    })

    it("X-Forwarded-For from an untrusted peer is not believed: rotating it still hits the limit", async () => {
      await signedInCustomer(api, store, "spoofed@example.com", CUSTOMER_PASSWORD)
      process.env.TRUSTED_PROXIES = ""
      try {
        for (let i = 0; i < SIGN_IN_POLICY.pair.points; i++) expect((await signIn("customer", "spoofed@example.com", "wrong", `172.16.0.${i + 1}`)).status).toBe(401)
        expectThrottled(await signIn("customer", "spoofed@example.com", CUSTOMER_PASSWORD, "172.16.0.99"), "sign_in_throttled_pair", SIGN_IN_POLICY.pair.duration)
      } finally {
        process.env.TRUSTED_PROXIES = "loopback"
      }
    })

    describe("through the storefront's front door (its own request listener, TRUSTED_PROXIES unset)", () => {
      let door: ChildProcess
      let doorUrl = ""
      beforeAll(async () => {
        door = spawn(process.execPath, [path.join(__dirname, "../utils/storefront-front-door.mjs")], {
          env: { ...process.env, BACKEND_URL: String((api as unknown as { defaults: { baseURL: string } }).defaults.baseURL), TRUSTED_PROXIES: "" },
          stdio: ["ignore", "pipe", "inherit"],
        })
        const port = await new Promise<string>((resolve, reject) => {
          door.stdout!.once("data", (chunk: Buffer) => resolve(chunk.toString().trim()))
          door.once("exit", (code) => reject(new Error(`front door exited with ${code}`)))
        })
        doorUrl = `http://127.0.0.1:${port}`
      })
      afterAll(() => {
        door?.kill()
      })

      const viaStorefront = async (route: string, body: object, spoofed: string): Promise<Answer> => {
        const answer = await fetch(`${doorUrl}${route}`, { method: "POST", headers: { "content-type": "application/json", "x-forwarded-for": spoofed }, body: JSON.stringify(body) })
        return { status: answer.status, data: await answer.json().catch(() => ({})), headers: { "retry-after": answer.headers.get("retry-after") ?? "" } }
      }

      it("a visitor rotating X-Forwarded-For is counted under their real address and hits the limit", async () => {
        await signedInCustomer(api, store, "via-storefront@example.com", CUSTOMER_PASSWORD)
        const body = { email: "via-storefront@example.com", password: "wrong" }
        for (let i = 0; i < SIGN_IN_POLICY.pair.points; i++) expect((await viaStorefront("/auth/customer/emailpass", body, `100.64.0.${i + 1}`)).status).toBe(401)
        const refused = await viaStorefront("/auth/customer/emailpass", { ...body, password: CUSTOMER_PASSWORD }, "100.64.0.99")
        expectThrottled(refused, "sign_in_throttled_pair", SIGN_IN_POLICY.pair.duration)
        // The backend counted them under the storefront-settled address (the visitor's peer, loopback here).
        expect(await scanKeys(redis, `${prefix}:sign-in:pair:customer:via-storefront@example.com:127.0.0.1`)).toHaveLength(1)
        expect(await scanKeys(redis, `${prefix}:sign-in:pair:customer:via-storefront@example.com:100.64.*`)).toEqual([])
      })
    })

    it("password-reset requests (they send e-mail) are capped per account and per address, with Retry-After", async () => {
      const ask = (identifier: string, address: string) => post("/auth/customer/emailpass/reset-password", { identifier }, { "x-forwarded-for": address })
      for (let i = 0; i < SIGN_IN_POLICY.resetAccount.points; i++) expect((await ask("reset-me@example.com", `198.18.0.${i + 1}`)).status).toBe(201)
      const account = await ask("reset-me@example.com", "198.18.0.99")
      expectThrottled(account, "sign_in_throttled_reset_account", SIGN_IN_POLICY.resetAccount.duration)
      expect(account.data.message).toMatch(/check your inbox/)
      for (let i = 0; i < SIGN_IN_POLICY.resetAddress.points; i++) expect((await ask(`reset-${i}@example.com`, "198.18.1.1")).status).toBe(201)
      expectThrottled(await ask("reset-other@example.com", "198.18.1.1"), "sign_in_throttled_reset_address", SIGN_IN_POLICY.resetAddress.duration)
      // Another actor's reset from elsewhere is untouched.
      expect((await post("/auth/enterprise/emailpass/reset-password", { identifier: "reset-me@example.com" }, { "x-forwarded-for": "198.18.2.1" })).status).toBe(201)
    })
  })
}
