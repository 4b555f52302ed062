import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { EnterpriseNoticeKind, StaffNoticeKind } from "@seleno/domain"
import {
  AUTHORIZATION_REQUEST_DECIDED,
  AUTHORIZATION_REQUESTED,
  CERTIFICATE_REVIEWED,
  CERTIFICATE_SUBMITTED,
  ENTERPRISE_APPLIED,
  PROFILE_CHANGE_DECIDED,
  PROFILE_CHANGE_SUBMITTED,
  ENTERPRISE_REVIEWED,
  LISTING_REVIEWED,
  LISTING_SUBMITTED,
  SETTLEMENT_CLOSED,
} from "../lib/events"
import { smsConfigured } from "../lib/sms"
import { sendEnterpriseNoticeWorkflow, sendStaffNoticeWorkflow } from "../workflows/notifications/send-enterprise-notice"

type Data = { id: string; decision?: "approve" | "reject" | "grant" | "refuse" }

const STAFF: Record<string, StaffNoticeKind> = {
  [ENTERPRISE_APPLIED]: "application_submitted",
  [LISTING_SUBMITTED]: "listing_submitted",
  [CERTIFICATE_SUBMITTED]: "certificate_submitted",
  [AUTHORIZATION_REQUESTED]: "authorization_requested",
  [PROFILE_CHANGE_SUBMITTED]: "profile_change_submitted",
}

function enterpriseKind(event: string, decision: Data["decision"]): EnterpriseNoticeKind | null {
  if (event === AUTHORIZATION_REQUEST_DECIDED) return decision === "grant" ? "authorization_granted" : "authorization_refused"
  const verdict = decision === "approve" ? "approved" : "rejected"
  if (event === ENTERPRISE_REVIEWED) return `application_${verdict}`
  if (event === LISTING_REVIEWED) return `listing_${verdict}`
  if (event === CERTIFICATE_REVIEWED) return `certificate_${verdict}`
  if (event === PROFILE_CHANGE_DECIDED) return `profile_change_${verdict}`
  if (event === SETTLEMENT_CLOSED) return "settlement_closed"
  return null
}

/** Work submitted tells platform staff; a decision or a closed statement tells the enterprise's team. */
export default async function reviewNoticesHandler({ event, container }: SubscriberArgs<Data>) {
  const staff = STAFF[event.name]
  if (staff) {
    await sendStaffNoticeWorkflow(container).run({
      input: {
        kind: staff,
        id: event.data.id,
        to: process.env.PLATFORM_STAFF_EMAIL || "platform@seleno.local",
        admin_url: process.env.MEDUSA_BACKEND_URL || "http://localhost:9000",
      },
    })
    return
  }
  const kind = enterpriseKind(event.name, event.data.decision)
  if (!kind) return
  await sendEnterpriseNoticeWorkflow(container).run({
    input: { kind, id: event.data.id, storefront_url: process.env.STOREFRONT_URL || "http://localhost:8000", sms: smsConfigured() },
  })
}

export const config: SubscriberConfig = {
  event: [
    ENTERPRISE_APPLIED,
    ENTERPRISE_REVIEWED,
    LISTING_SUBMITTED,
    LISTING_REVIEWED,
    CERTIFICATE_SUBMITTED,
    CERTIFICATE_REVIEWED,
    AUTHORIZATION_REQUESTED,
    AUTHORIZATION_REQUEST_DECIDED,
    PROFILE_CHANGE_SUBMITTED,
    PROFILE_CHANGE_DECIDED,
    SETTLEMENT_CLOSED,
  ],
}
