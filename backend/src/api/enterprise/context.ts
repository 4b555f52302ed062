import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { EnterpriseRole } from "@seleno/domain"
import { ENTERPRISE_MODULE } from "../../modules/enterprise"
import type EnterpriseModuleService from "../../modules/enterprise/service"

/** Who is calling an /enterprise route: always taken from the authenticated actor, never the request. */
export interface EnterpriseContext {
  enterpriseId: string
  accountId: string
  role: EnterpriseRole
  status: "pending" | "active" | "rejected" | "suspended"
}

export type EnterpriseRequest<Body = unknown> = AuthenticatedMedusaRequest<Body> & { enterprise: EnterpriseContext }

// Routes an enterprise that is not (or no longer) active may still call: to see where it stands,
// and, while its application waits, to upload its business licence, attach it and open it again.
const OPEN_TO_ANY_STANDING = new Set(["GET /enterprise/me"])
// A pending applicant may correct what it applied with (the application is what staff review).
const OPEN_WHILE_PENDING = new Set(["POST /enterprise/uploads", "POST /enterprise/me", "GET /enterprise/profile", "POST /enterprise/profile", "GET /enterprise/files/:id"])

/** Loads the caller's account and enterprise; refuses enterprises that may not act (yet). */
export async function resolveEnterprise(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const service = req.scope.resolve<EnterpriseModuleService>(ENTERPRISE_MODULE)
  const [account] = await service.listEnterpriseAccounts({ id: req.auth_context.actor_id }, { relations: ["enterprise"] })
  if (!account) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "This login has no enterprise account")
  const context: EnterpriseContext = {
    enterpriseId: account.enterprise.id,
    accountId: account.id,
    role: account.role,
    status: account.enterprise.status,
  }
  ;(req as EnterpriseRequest).enterprise = context
  const route = `${req.method} ${req.originalUrl.split("?")[0]!.replace(/\/$/, "").replace(/^\/enterprise\/files\/[^/]+$/, "/enterprise/files/:id")}`
  const open = OPEN_TO_ANY_STANDING.has(route) || (context.status === "pending" && OPEN_WHILE_PENDING.has(route))
  if (context.status !== "active" && !open) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, STANDING_MESSAGES[context.status])
  }
  next()
}

const STANDING_MESSAGES: Record<Exclude<EnterpriseContext["status"], "active">, string> = {
  pending: "Your enterprise's application is waiting for review by the platform; you can act once it is approved",
  rejected: "Your enterprise's application was rejected; see GET /enterprise/me for the reason",
  suspended: "Your enterprise is suspended by the platform; contact the platform staff",
}

/** The caller's enterprise, as resolveEnterprise put it on the request. */
export function enterpriseOf(req: AuthenticatedMedusaRequest): EnterpriseContext {
  const context = (req as EnterpriseRequest).enterprise
  if (!context) throw new Error("resolveEnterprise did not run for this route")
  return context
}
