/**
 * An enterprise's team: the roles a portal login can hold and what each may do. The backend
 * refuses every /enterprise route outside the caller's role, and the portal shows only the
 * sections the role may use; both read the grants below.
 */
export const ENTERPRISE_ROLES = ["owner", "operator", "finance", "packer"] as const
export type EnterpriseRole = (typeof ENTERPRISE_ROLES)[number]

/** The areas of work in the portal; every /enterprise route and every portal section is in one. */
export const PORTAL_AREAS = [
  "overview", // the dashboard: sales, scans, what waits
  "catalogue", // products, certificates, files, batches and their production events
  "pricing", // price floors and consent to platform-funded discounts
  "orders", // reading orders
  "shipping", // packing and shipping an order's part
  "batches", // reading batches, printing their labels, flagged serials
  "after_sales", // returns, refunds and shoppers' report cases
  "finance", // settlement statements and invoices
  "team", // members, invitations and roles
  "profile", // the enterprise's own details
] as const
export type PortalArea = (typeof PORTAL_AREAS)[number]

const ROLE_AREAS: Record<EnterpriseRole, readonly PortalArea[]> = {
  owner: PORTAL_AREAS,
  operator: ["overview", "catalogue", "pricing", "orders", "shipping", "batches", "after_sales"],
  finance: ["overview", "orders", "finance"],
  packer: ["orders", "shipping", "batches"],
}

export function isEnterpriseRole(value: unknown): value is EnterpriseRole {
  return typeof value === "string" && (ENTERPRISE_ROLES as readonly string[]).includes(value)
}

export function roleMayUse(role: EnterpriseRole, area: PortalArea): boolean {
  return ROLE_AREAS[role].includes(area)
}

export function areasOf(role: EnterpriseRole): readonly PortalArea[] {
  return ROLE_AREAS[role]
}

/** Why a team change may not be made; the portal words each code. */
export const TEAM_PROBLEM_CODES = ["team_owner_only", "team_last_owner", "team_not_member", "team_self_removal"] as const
export type TeamProblemCode = (typeof TEAM_PROBLEM_CODES)[number]

export const ROLE_PROBLEM_CODE = "enterprise_role_forbidden"

export interface TeamChange {
  actor: { id: string; role: EnterpriseRole }
  /** The member changed, or undefined when no member of the actor's enterprise has that id. */
  target: { id: string; role: EnterpriseRole } | undefined
  /** How many owners the enterprise has now. */
  ownerCount: number
  /** The new role, or "remove". */
  change: EnterpriseRole | "remove"
}

/**
 * Only an owner changes the team, and an enterprise always keeps an owner: the last owner can be
 * neither demoted nor removed. Owners leave by handing over first, never by removing themselves.
 */
export function teamChangeProblem({ actor, target, ownerCount, change }: TeamChange): TeamProblemCode | null {
  if (actor.role !== "owner") return "team_owner_only"
  if (!target) return "team_not_member"
  if (change === "remove" && target.id === actor.id) return "team_self_removal"
  const losesOwner = target.role === "owner" && change !== "owner"
  if (losesOwner && ownerCount <= 1) return "team_last_owner"
  return null
}
