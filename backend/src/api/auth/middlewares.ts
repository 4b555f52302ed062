import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { clientAddress } from "../../lib/client-address"
import { accountKey, isRefusal, refusalMessage, signInThrottle, type Refusal } from "../../lib/sign-in-throttle"

/** Every actor that signs in with e-mail and password: shoppers, staff (admin, marketing), enterprises. */
export const SIGN_IN_ACTORS = ["customer", "user", "enterprise"] as const

function refuse(res: MedusaResponse, refusal: Refusal): void {
  res.setHeader("Retry-After", String(refusal.retryAfter))
  // `type` is what the portal and the storefront read; `code` says which counter refused.
  res.status(429).json({ type: "too_many_requests", code: `sign_in_throttled_${refusal.scope}`, message: refusalMessage(refusal) })
}

/**
 * POST /auth/<actor>/emailpass: refused with 429 and Retry-After while a counter of the sign-in
 * throttle (src/lib/sign-in-throttle.ts) is spent; otherwise counted, and given back once Medusa's
 * route answers 200 (before that answer leaves, so the next attempt already sees it).
 */
function throttleSignIn(actor: string) {
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const email = accountKey((req.body as { email?: unknown } | undefined)?.email)
    let outcome: Awaited<ReturnType<ReturnType<typeof signInThrottle>["signIn"]>>
    try {
      outcome = await signInThrottle().signIn(actor, email, clientAddress(req))
    } catch (error) {
      return next(error)
    }
    if (isRefusal(outcome)) return refuse(res, outcome)
    const send = res.json.bind(res)
    res.json = ((body: unknown) => {
      if (res.statusCode !== 200) return send(body)
      outcome
        .succeeded()
        .catch((error: unknown) => req.scope.resolve("logger").warn(`sign-in throttle: could not record a success: ${String(error)}`))
        .finally(() => send(body))
      return res
    }) as typeof res.json
    next()
  }
}

/** POST /auth/<actor>/emailpass/reset-password sends an e-mail: capped per account and per address. */
function throttleResetRequest(actor: string) {
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const identifier = accountKey((req.body as { identifier?: unknown } | undefined)?.identifier)
    try {
      const refusal = await signInThrottle().resetRequest(actor, identifier, clientAddress(req))
      if (refusal) return refuse(res, refusal)
    } catch (error) {
      return next(error)
    }
    next()
  }
}

export const signInThrottleRoutes: MiddlewareRoute[] = SIGN_IN_ACTORS.flatMap((actor): MiddlewareRoute[] => [
  { matcher: `/auth/${actor}/emailpass`, methods: ["POST"], middlewares: [throttleSignIn(actor)] },
  { matcher: `/auth/${actor}/emailpass/reset-password`, methods: ["POST"], middlewares: [throttleResetRequest(actor)] },
])
