import Redis from "ioredis"
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible"

/**
 * Sign-in throttling for every actor (customer, admin user, enterprise), keyed so that a stranger
 * cannot lock an owner out (after OWASP's authentication cheat sheet):
 *
 * - `pair`: attempts per account *and* client address. Five in 15 minutes block that pair for the
 *   rest of the window; a successful sign-in clears it. This is what stops guessing one password.
 * - `address`: attempts per client address over every account and actor, 100 a day (successes
 *   are given back). This is what stops one network trying many accounts (credential stuffing).
 * - `account`: attempts per account from every address, 50 an hour. It never blocks an address
 *   that has signed in to that account successfully before (kept 21 days in `known`), so a
 *   distributed attack on one account only stops *new* places from trying; the owner, from where
 *   they signed in before, still gets in.
 *
 * Every attempt is counted before the password is checked (so parallel guesses cannot slip past a
 * read-then-count window) and given back when it succeeds. Password-reset requests send e-mail, so
 * they are capped on their own: 5 an hour per account, 20 an hour per address.
 *
 * With REDIS_URL the counters are shared by every server process (keys under REDIS_PREFIX, like the
 * locking and caching modules); without it they live in this process, which is all `npm start` has.
 * If Redis fails mid-way, each process falls back to its own memory counters (insurance limiter)
 * rather than letting every attempt through or refusing every sign-in.
 */
export const SIGN_IN_POLICY = {
  pair: { points: 5, duration: 15 * 60 },
  address: { points: 100, duration: 24 * 60 * 60 },
  account: { points: 50, duration: 60 * 60 },
  // 21 days: the in-process store expires entries with setTimeout, and Node fires a timer longer
  // than 2^31 ms (24.8 days) after 1 ms, which forgot every known address at once.
  known: { duration: 21 * 24 * 60 * 60 },
  resetAccount: { points: 5, duration: 60 * 60 },
  resetAddress: { points: 20, duration: 60 * 60 },
} as const

type LimiterName = keyof typeof SIGN_IN_POLICY

/** Why an attempt was refused; each names what the person can do about it. */
export type ThrottleScope = "pair" | "address" | "account" | "reset_account" | "reset_address"

export interface Refusal {
  scope: ThrottleScope
  /** Seconds until the refusing counter lets attempts through again (at least 1). */
  retryAfter: number
}

export interface SignInAttempt {
  /** Gives back what the attempt counted, clears the pair's failures and remembers the pair. */
  succeeded(): Promise<void>
}

export type Limiters = Record<LimiterName, RateLimiterAbstract>

export function createLimiters(redis?: Redis, prefix = "seleno"): Limiters {
  const make = (name: LimiterName): RateLimiterAbstract => {
    const policy = SIGN_IN_POLICY[name]
    const points = "points" in policy ? policy.points : 1
    const options = { keyPrefix: `sign-in:${name}`, points, duration: policy.duration }
    if (!redis) return new RateLimiterMemory(options)
    return new RateLimiterRedis({
      ...options,
      keyPrefix: `${prefix}:sign-in:${name}`,
      storeClient: redis,
      insuranceLimiter: new RateLimiterMemory(options),
    })
  }
  return {
    pair: make("pair"),
    address: make("address"),
    account: make("account"),
    known: make("known"),
    resetAccount: make("resetAccount"),
    resetAddress: make("resetAddress"),
  }
}

const retryAfterOf = (res: RateLimiterRes): number => Math.max(1, Math.ceil(res.msBeforeNext / 1000))

/** Consumes one point; answers the limiter's answer when it refuses. Store errors propagate. */
async function consume(limiter: RateLimiterAbstract, key: string): Promise<RateLimiterRes | null> {
  try {
    await limiter.consume(key)
    return null
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return rejection
    throw rejection
  }
}

export class SignInThrottle {
  constructor(private readonly limiters: Limiters) {}

  /** A sign-in attempt of `actor` for the account `email` from `address`: refused, or counted. */
  async signIn(actor: string, email: string, address: string): Promise<Refusal | SignInAttempt> {
    const account = `${actor}:${email}`
    const pair = `${account}:${address}`
    const { limiters } = this
    const byAddress = await consume(limiters.address, address)
    if (byAddress) return { scope: "address", retryAfter: retryAfterOf(byAddress) }
    const byPair = await consume(limiters.pair, pair)
    if (byPair) return { scope: "pair", retryAfter: retryAfterOf(byPair) }
    const byAccount = await consume(limiters.account, account)
    if (byAccount && !(await limiters.known.get(pair))) return { scope: "account", retryAfter: retryAfterOf(byAccount) }
    return {
      succeeded: async () => {
        await Promise.all([
          limiters.address.reward(address, 1),
          limiters.account.reward(account, 1),
          limiters.pair.delete(pair),
          limiters.known.set(pair, 1, SIGN_IN_POLICY.known.duration),
        ])
      },
    }
  }

  /** A password-reset request (it sends e-mail) of `actor` for `identifier` from `address`. */
  async resetRequest(actor: string, identifier: string, address: string): Promise<Refusal | null> {
    const byAddress = await consume(this.limiters.resetAddress, address)
    if (byAddress) return { scope: "reset_address", retryAfter: retryAfterOf(byAddress) }
    const byAccount = await consume(this.limiters.resetAccount, `${actor}:${identifier}`)
    if (byAccount) return { scope: "reset_account", retryAfter: retryAfterOf(byAccount) }
    return null
  }
}

export function isRefusal(outcome: Refusal | SignInAttempt | null): outcome is Refusal {
  return !!outcome && "scope" in outcome
}

/** E-mail addresses are compared case-insensitively, as people type them. */
export function accountKey(value: unknown): string {
  return typeof value === "string" ? value.trim().toLowerCase() : ""
}

const minutes = (seconds: number) => Math.max(1, Math.ceil(seconds / 60))

/** What a refused person reads: what happened and what to do. */
export function refusalMessage({ scope, retryAfter }: Refusal): string {
  const wait = `try again in ${minutes(retryAfter)} minute(s)`
  switch (scope) {
    case "pair":
      return `Too many failed sign-ins to this account from your network: ${wait}, or reset your password.`
    case "address":
      return `Too many failed sign-ins from your network: ${wait}.`
    case "account":
      return `Too many failed sign-ins to this account from new places: sign in from a device you have used before, ${wait}, or reset your password.`
    case "reset_account":
      return `Too many password-reset e-mails were asked for this account: check your inbox (and spam folder) for the last one, or ${wait}.`
    case "reset_address":
      return `Too many password-reset requests from your network: ${wait}.`
  }
}

let shared: SignInThrottle | undefined

/** The process's throttle, on Redis when REDIS_URL is set. */
export function signInThrottle(): SignInThrottle {
  if (!shared) {
    const url = process.env.REDIS_URL
    const redis = url ? new Redis(url, { maxRetriesPerRequest: 1 }) : undefined
    shared = new SignInThrottle(createLimiters(redis, process.env.REDIS_PREFIX || "seleno"))
  }
  return shared
}
