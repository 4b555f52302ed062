/**
 * An enterprise's own details. Contact details are the enterprise's to change at once; the legal
 * details (those of its business licence and where it is registered) name who sells, so once the
 * platform has approved the enterprise a change to them waits for staff review, like the
 * application did. Until approval the application itself is still under review, so they apply at once.
 */
export const ENTERPRISE_KINDS = ["company", "cooperative", "family_farm"] as const
export type EnterpriseKind = (typeof ENTERPRISE_KINDS)[number]

export const ENTERPRISE_STATUSES = ["pending", "active", "rejected", "suspended"] as const
export type EnterpriseStatus = (typeof ENTERPRISE_STATUSES)[number]

export const LEGAL_DETAIL_FIELDS = ["name", "credit_code", "kind", "county", "licence_file_url"] as const
export type LegalDetailField = (typeof LEGAL_DETAIL_FIELDS)[number]

export interface LegalDetails {
  name: string
  credit_code: string
  kind: EnterpriseKind
  county: string
  licence_file_url: string | null
}

export const PROFILE_CHANGE_STATUSES = ["pending", "approved", "rejected"] as const
export type ProfileChangeStatus = (typeof PROFILE_CHANGE_STATUSES)[number]

export const PROFILE_CHANGE_DECISIONS = ["approve", "reject"] as const
export type ProfileChangeDecision = (typeof PROFILE_CHANGE_DECISIONS)[number]

/** A change of legal details as the portal and the admin show it: what it changes, from what. */
export interface ProfileChangeView {
  id: string
  enterprise_id: string
  changes: Partial<LegalDetails>
  previous: Partial<LegalDetails>
  status: ProfileChangeStatus
  review_note: string | null
  decided_at: string | null
  created_at: string
}

/** In the staff queue, with the enterprise's current name. */
export interface AdminProfileChangeView extends ProfileChangeView {
  enterprise: { id: string; name: string } | null
}

export const PROFILE_CHANGE_PROBLEM_CODES = ["profile_change_pending", "profile_change_decided", "profile_credit_code_invalid", "profile_credit_code_taken"] as const
export type ProfileChangeProblemCode = (typeof PROFILE_CHANGE_PROBLEM_CODES)[number]

/** Whether a change to legal details waits for staff: only once the platform has approved the enterprise. */
export function legalChangesNeedReview(status: EnterpriseStatus): boolean {
  return status === "active" || status === "suspended"
}

/** The legal details an edit really changes (a field sent with its current value is no change). */
export function legalChanges(current: LegalDetails, edit: Partial<LegalDetails>): { changes: Partial<LegalDetails>; previous: Partial<LegalDetails> } {
  const changes: Record<string, unknown> = {}
  const previous: Record<string, unknown> = {}
  for (const field of LEGAL_DETAIL_FIELDS) {
    const next = edit[field]
    if (next === undefined || next === current[field]) continue
    changes[field] = next
    previous[field] = current[field]
  }
  return { changes: changes as Partial<LegalDetails>, previous: previous as Partial<LegalDetails> }
}

/** Why legal details cannot be sent for review now: one change waits at a time. */
export function profileChangeProblem(input: { pendingChanges: number }): ProfileChangeProblemCode | null {
  return input.pendingChanges > 0 ? "profile_change_pending" : null
}
