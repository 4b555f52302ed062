/**
 * An enterprise's request to sell under a regional or county brand. Staff grant it (with the
 * categories and end date they decide, which become a brand authorization) or refuse it with a note.
 */
export const AUTHORIZATION_REQUEST_STATUSES = ["pending", "granted", "refused"] as const
export type AuthorizationRequestStatus = (typeof AUTHORIZATION_REQUEST_STATUSES)[number]

export const AUTHORIZATION_REQUEST_DECISIONS = ["grant", "refuse"] as const
export type AuthorizationRequestDecision = (typeof AUTHORIZATION_REQUEST_DECISIONS)[number]

/** A request as the portal and the admin show it. */
export interface AuthorizationRequestView {
  id: string
  enterprise_id: string
  brand: { id: string; handle: string; name: string }
  category_handles: string[]
  note: string | null
  status: AuthorizationRequestStatus
  decision_note: string | null
  decided_at: string | null
  /** The authorization a grant made. */
  brand_authorization_id: string | null
  created_at: string
}

/** A request in the staff queue: with the enterprise that asks and its county. */
export interface AdminAuthorizationRequestView extends AuthorizationRequestView {
  enterprise: { id: string; name: string; county: string } | null
}

export const AUTHORIZATION_REQUEST_PROBLEM_CODES = [
  "authorization_request_pending",
  "authorization_request_decided",
  "authorization_request_brand",
  "authorization_request_categories",
] as const
export type AuthorizationRequestProblemCode = (typeof AUTHORIZATION_REQUEST_PROBLEM_CODES)[number]

/** Why an enterprise may not ask now: one open request per brand at a time. */
export function authorizationRequestProblem(input: { brandId: string; openRequestBrandIds: readonly string[] }): AuthorizationRequestProblemCode | null {
  return input.openRequestBrandIds.includes(input.brandId) ? "authorization_request_pending" : null
}

/** A request is decided once. */
export function authorizationDecisionProblem(status: AuthorizationRequestStatus): AuthorizationRequestProblemCode | null {
  return status === "pending" ? null : "authorization_request_decided"
}
