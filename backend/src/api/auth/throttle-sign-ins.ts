import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { clientAddress } from "../../lib/client-address"
import { failedSignIns, type FailedSignIns } from "./failed-sign-ins"

export const SIGN_IN_LIMIT = { failures: 5, windowMs: 60_000 }

/**
 * Refuses sign-ins for an account or from an address with `failures` failed sign-ins in the last
 * `windowMs` (429 with Retry-After), and counts this attempt's failure once Medusa's auth route
 * has answered 401. A success clears the account's count (not the address's: one good password
 * must not reset someone trying many accounts).
 */
export function throttleSignIns(actor: string, log: () => FailedSignIns = failedSignIns, limit = SIGN_IN_LIMIT) {
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const body = (req.body ?? {}) as { email?: unknown }
    const email = typeof body.email === "string" ? body.email.trim().toLowerCase() : ""
    const keys = [`${actor}:address:${clientAddress(req)}`, ...(email ? [`${actor}:account:${email}`] : [])]
    const now = Date.now()
    const store = log()
    for (const key of keys) {
      const { count, oldestAt } = await store.recent(key, now, limit.windowMs)
      if (count >= limit.failures) {
        const retryAfter = Math.max(1, Math.ceil(((oldestAt ?? now) + limit.windowMs - now) / 1000))
        res.setHeader("Retry-After", String(retryAfter))
        res.status(429).json({
          type: "too_many_requests",
          message: `Too many failed sign-ins for this ${key.includes(":account:") ? "account" : "address"}; try again in ${retryAfter} seconds`,
        })
        return
      }
    }
    res.on("finish", () => {
      const done =
        res.statusCode === 401 ? Promise.all(keys.map((key) => store.record(key, now, limit.windowMs))) : res.statusCode === 200 && email ? store.clear(`${actor}:account:${email}`) : null
      done?.catch(() => undefined)
    })
    next()
  }
}
