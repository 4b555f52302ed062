import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { deploymentHeaders } from "@seleno/domain"
import { nulInBody, urlProblem } from "../../lib/request-hygiene"

/**
 * Headers every API answer carries: nothing of ours may be framed, sniffed into another type, or
 * leak its full address to another site. (The storefront sets its own in next.config.ts.)
 */
export const API_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Content-Security-Policy": "frame-ancestors 'none'",
  "Referrer-Policy": "strict-origin-when-cross-origin",
}

function secureAndClean(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  for (const [name, value] of Object.entries(API_SECURITY_HEADERS)) res.setHeader(name, value)
  // HSTS in the deployment mode only (SELENO_ENV=production): the demo runs on plain http.
  for (const [name, value] of Object.entries(deploymentHeaders(process.env))) res.setHeader(name, value)
  const problem = urlProblem(req.originalUrl)
  if (problem) throw new MedusaError(MedusaError.Types.INVALID_DATA, problem.message, problem.code)
  const where = nulInBody(req.body)
  if (where) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${where} contains a NUL character; remove it and try again`, "control_character")
  }
  next()
}

/** Every API namespace, before any route (Medusa's own included) sees the request. */
export const requestHygieneRoutes: MiddlewareRoute[] = ["/store", "/admin", "/auth", "/enterprise", "/hooks"].map((matcher) => ({
  matcher,
  middlewares: [secureAndClean],
}))
