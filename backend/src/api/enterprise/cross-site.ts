import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"])

/**
 * CSRF guard for the enterprise API. A browser attaches the session cookie to a request another
 * site makes; it cannot attach a Bearer token, and it always names the page's origin in `Origin` on
 * a cross-site POST. So a state-changing request that authenticates by cookie (no Authorization
 * header) must come from an origin the auth CORS setting allows (the storefront, the admin); one
 * from elsewhere, or one whose origin cannot be told, is refused before anything runs.
 */
export function refuseCrossSiteWrites(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  // Without a cookie nothing rides along: authentication answers for the request.
  if (SAFE_METHODS.has(req.method) || req.headers.authorization || !req.headers.cookie) return next()
  const origin = requestOrigin(req)
  if (!origin || !allowedOrigins(req).includes(origin)) {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      `Cross-site request refused: ${origin ? `origin ${origin} is not allowed` : "the request names no Origin"}; sign in from the portal`
    )
  }
  next()
}

function requestOrigin(req: MedusaRequest): string | null {
  const origin = req.headers.origin
  if (origin && origin !== "null") return origin
  const referer = req.headers.referer
  if (!referer) return null
  try {
    return new URL(referer).origin
  } catch {
    return null
  }
}

function allowedOrigins(req: MedusaRequest): string[] {
  const config = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  return String(config.projectConfig.http.authCors ?? "")
    .split(",")
    .map((o) => o.trim().replace(/\/$/, ""))
    .filter(Boolean)
}
