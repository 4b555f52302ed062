import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { ROLE_PROBLEM_CODE, roleMayUse, type EnterpriseRole, type PortalArea } from "@seleno/domain"
import { codedError } from "../../lib/coded-error"
import { enterpriseOf } from "./context"

type Method = "GET" | "POST" | "DELETE" | "*"

/**
 * The portal area of every /enterprise route, matched by method and path prefix (`:id` is one
 * segment), first match wins. `"everyone"` is open to every role. A route missing here is refused
 * to everyone but owners; a test walks the route files so none is forgotten.
 */
export const ROUTE_AREAS: readonly [Method, string, PortalArea | "everyone"][] = [
  ["GET", "/enterprise/me", "everyone"],
  // Everyone renames their own account; the handler keeps the enterprise's details to "profile".
  ["POST", "/enterprise/me", "everyone"],
  ["*", "/enterprise/profile", "profile"],
  ["GET", "/enterprise/dashboard", "overview"],
  ["*", "/enterprise/accounts", "team"],
  ["*", "/enterprise/invites", "team"],
  ["POST", "/enterprise/products/:id/variants/:id/low-stock", "catalogue"],
  ["*", "/enterprise/products", "catalogue"],
  // Export and import of listings as a CSV / Excel product sheet.
  ["*", "/enterprise/product-sheet", "catalogue"],
  ["*", "/enterprise/brand-authorization-requests", "catalogue"],
  ["*", "/enterprise/certificates", "catalogue"],
  ["GET", "/enterprise/issuers", "catalogue"],
  ["GET", "/enterprise/standards", "catalogue"],
  ["POST", "/enterprise/uploads", "catalogue"],
  ["GET", "/enterprise/files", "catalogue"],
  ["*", "/enterprise/price-floors", "pricing"],
  ["*", "/enterprise/discount-consent", "pricing"],
  ["*", "/enterprise/orders/:id/fulfillments", "shipping"],
  // Packing slips go into parcels: whoever packs (owner, operator, packer), not finance.
  ["GET", "/enterprise/orders/:id/packing-slip", "shipping"],
  ["GET", "/enterprise/orders/packing-slips", "shipping"],
  ["GET", "/enterprise/orders/export", "orders"],
  ["GET", "/enterprise/orders", "orders"],
  ["GET", "/enterprise/trace-batches", "batches"],
  ["POST", "/enterprise/trace-batches", "catalogue"],
  ["GET", "/enterprise/flagged-serials", "batches"],
  ["*", "/enterprise/after-sales", "after_sales"],
  ["GET", "/enterprise/report-cases", "after_sales"],
  ["GET", "/enterprise/settlement", "finance"],
  ["*", "/enterprise/invoices", "finance"],
]

function segments(path: string): string[] {
  return path.split("/").filter(Boolean)
}

/** The area of a request to an /enterprise route, or undefined when no entry names it. */
export function areaOfRoute(method: string, path: string): PortalArea | "everyone" | undefined {
  const parts = segments(path)
  const entry = ROUTE_AREAS.find(([m, pattern]) => {
    if (m !== "*" && m !== method) return false
    const wanted = segments(pattern)
    return wanted.length <= parts.length && wanted.every((segment, i) => segment === ":id" || segment === parts[i])
  })
  return entry?.[2]
}

/** Refuses an /enterprise route outside the caller's role (runs after resolveEnterprise). */
export function enforceEnterpriseRole(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const { role } = enterpriseOf(req)
  const area = areaOfRoute(req.method, req.originalUrl.split("?")[0]!)
  if (area === "everyone" || role === "owner" || (area && roleMayUse(role, area))) return next()
  throw roleProblemError(role, area)
}

/** A 403 the portal words as "not allowed for your role". */
export function roleProblemError(role: EnterpriseRole, area: PortalArea | undefined): MedusaError {
  return codedError(
    {
      code: ROLE_PROBLEM_CODE,
      params: { role, area: area ?? "unknown" },
      message: `Your role (${role}) does not include ${area ?? "this route"}; ask your enterprise's owner to change your role`,
    },
    MedusaError.Types.FORBIDDEN
  )
}
