import type { EnterpriseRole } from "./team"

/**
 * What the platform tells an enterprise about, and who in its team hears of it: each role only of
 * the work it does (a packer of orders to pack, finance of statements), the owner of everything
 * that decides whether the enterprise may sell.
 */
export const ENTERPRISE_NOTICE_KINDS = [
  "order_placed",
  "application_approved",
  "application_rejected",
  "listing_approved",
  "listing_rejected",
  "certificate_approved",
  "certificate_rejected",
  "authorization_granted",
  "authorization_refused",
  "profile_change_approved",
  "profile_change_rejected",
  "settlement_closed",
  "low_stock",
] as const
export type EnterpriseNoticeKind = (typeof ENTERPRISE_NOTICE_KINDS)[number]

export const NOTICE_AUDIENCE: Record<EnterpriseNoticeKind, readonly EnterpriseRole[]> = {
  order_placed: ["owner", "operator", "packer"],
  application_approved: ["owner"],
  application_rejected: ["owner"],
  listing_approved: ["owner", "operator"],
  listing_rejected: ["owner", "operator"],
  certificate_approved: ["owner", "operator"],
  certificate_rejected: ["owner", "operator"],
  authorization_granted: ["owner", "operator"],
  authorization_refused: ["owner", "operator"],
  profile_change_approved: ["owner"],
  profile_change_rejected: ["owner"],
  settlement_closed: ["owner", "finance"],
  // Sellable stock of a variant fell to or below the threshold the enterprise set (once per crossing).
  low_stock: ["owner", "operator"],
}

/** What platform staff are told about: work waiting for them. */
export const STAFF_NOTICE_KINDS = ["application_submitted", "listing_submitted", "certificate_submitted", "authorization_requested", "profile_change_submitted"] as const
export type StaffNoticeKind = (typeof STAFF_NOTICE_KINDS)[number]

/** The e-mail addresses among an enterprise's accounts that hear of a notice, each once. */
export function noticeRecipients(kind: EnterpriseNoticeKind, accounts: readonly { email: string; role: EnterpriseRole }[]): string[] {
  const roles = NOTICE_AUDIENCE[kind]
  return [...new Set(accounts.filter((a) => roles.includes(a.role)).map((a) => a.email))]
}

/** GET /admin/work-queues: how much waits for platform staff in each queue. */
export interface WorkQueuesView {
  /** Enterprise applications waiting for a decision. */
  applications: number
  /** Listings (products) submitted and waiting for review. */
  listings: number
  /** Certificates enterprises submitted, waiting for review. */
  certificates: number
  /** Brand authorization requests waiting for a grant or refusal. */
  authorization_requests: number
  /** Changes of approved enterprises' legal details waiting for review. */
  profile_changes: number
  /** Report cases not yet closed. */
  report_cases: number
}
