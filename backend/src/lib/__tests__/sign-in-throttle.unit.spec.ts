import { createLimiters, isRefusal, refusalMessage, SIGN_IN_POLICY, SignInThrottle, type Refusal, type SignInAttempt } from "../sign-in-throttle"

// The in-process counters `npm start` runs on (no REDIS_URL); the Redis ones are proved in
// integration-tests/http/sign-in-throttle.spec.ts.
const fresh = () => new SignInThrottle(createLimiters())

async function fail(throttle: SignInThrottle, times: number, email: string, address: (i: number) => string) {
  for (let i = 0; i < times; i++) expect(isRefusal(await throttle.signIn("customer", email, address(i)))).toBe(false)
}

describe("sign-in throttle (in process)", () => {
  it("refuses the sixth attempt of a pair, for the pair only, until a success clears it", async () => {
    const throttle = fresh()
    await fail(throttle, SIGN_IN_POLICY.pair.points, "a@example.com", () => "198.51.100.1")
    const refused = (await throttle.signIn("customer", "a@example.com", "198.51.100.1")) as Refusal
    expect(refused).toMatchObject({ scope: "pair" })
    expect(refused.retryAfter).toBeGreaterThan(SIGN_IN_POLICY.pair.duration - 5)
    expect(isRefusal(await throttle.signIn("customer", "a@example.com", "198.51.100.2"))).toBe(false)
    expect(isRefusal(await throttle.signIn("enterprise", "a@example.com", "198.51.100.1"))).toBe(false)

    const other = fresh()
    await fail(other, SIGN_IN_POLICY.pair.points - 1, "b@example.com", () => "198.51.100.3")
    await ((await other.signIn("customer", "b@example.com", "198.51.100.3")) as SignInAttempt).succeeded()
    await fail(other, SIGN_IN_POLICY.pair.points, "b@example.com", () => "198.51.100.3")
  })

  it("the account cap refuses new addresses only, never one that signed in before", async () => {
    const throttle = fresh()
    await ((await throttle.signIn("customer", "owner@example.com", "192.0.2.1")) as SignInAttempt).succeeded()
    // Remembered across time, not just within one tick: an in-memory timer longer than 2^31 ms
    // fires after 1 ms, which once made the memory store forget known addresses at once.
    await new Promise((resolve) => setTimeout(resolve, 30))
    await fail(throttle, SIGN_IN_POLICY.account.points, "owner@example.com", (i) => `10.0.${i >> 8}.${i & 255}`)
    expect(await throttle.signIn("customer", "owner@example.com", "192.0.2.2")).toMatchObject({ scope: "account" })
    expect(isRefusal(await throttle.signIn("customer", "owner@example.com", "192.0.2.1"))).toBe(false)
  })

  it("successes are given back to the address: a busy network signing in correctly never reaches its cap", async () => {
    const throttle = fresh()
    for (let i = 0; i < SIGN_IN_POLICY.address.points + 10; i++) {
      const attempt = await throttle.signIn("customer", `user-${i}@example.com`, "203.0.113.1")
      expect(isRefusal(attempt)).toBe(false)
      await (attempt as SignInAttempt).succeeded()
    }
  })

  it("messages say how long to wait and what else to do", () => {
    expect(refusalMessage({ scope: "pair", retryAfter: 61 })).toBe("Too many failed sign-ins to this account from your network: try again in 2 minute(s), or reset your password.")
    expect(refusalMessage({ scope: "account", retryAfter: 30 })).toMatch(/device you have used before, try again in 1 minute/)
  })
})
