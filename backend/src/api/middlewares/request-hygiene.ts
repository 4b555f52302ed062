import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { nulInBody, urlProblem } from "../../lib/request-hygiene"
import { applySecurityHeaders } from "../../lib/security-headers"

/**
 * Security headers again here (instrumentation.ts sets them under `medusa start`), so a server
 * started without that hook (the integration tests' runner) answers with them too.
 */
function secureAndClean(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  applySecurityHeaders(res, req.originalUrl)
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
