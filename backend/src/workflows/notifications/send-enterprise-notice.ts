import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import type { NotificationTypes } from "@medusajs/framework/types"
import { DEFAULT_LOCALE, noticeRecipients, type EnterpriseNoticeKind, type EnterpriseRole, type StaffNoticeKind } from "@seleno/domain"
import { enterpriseNoticeSubjects, staffNoticeSubject } from "../../lib/notice-subjects"
import { smsRecipient } from "../../lib/sms"
import { enterpriseNoticeTemplate, staffNoticeTemplate } from "../../modules/smtp-notification/templates"

export interface EnterpriseNoticeInput {
  kind: EnterpriseNoticeKind
  /** The order, enterprise, product, certificate or statement the notice is about. */
  id: string
  /** The storefront's base URL; the portal lives under it. */
  storefront_url: string
  /** Whether an SMS provider is registered (SMS_GATEWAY_URL): then the enterprise's contact phone hears too. */
  sms?: boolean
}

type Notice = NotificationTypes.CreateNotificationDTO
type Team = { name: string; contact_phone?: string | null; accounts?: ({ email: string; role: EnterpriseRole } | null)[] }

const planEnterpriseNoticesStep = createStep("plan-enterprise-notices", async (input: EnterpriseNoticeInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const notices: Notice[] = []
  for (const subject of await enterpriseNoticeSubjects(container, input.kind, input.id)) {
    const { data } = await query.graph({ entity: "enterprise", fields: ["name", "contact_phone", "accounts.email", "accounts.role"], filters: { id: subject.enterprise_id } })
    const team = data[0] as Team | undefined
    if (!team) continue
    const template = enterpriseNoticeTemplate(input.kind)
    const url = `${input.storefront_url.replace(/\/+$/, "")}/${DEFAULT_LOCALE}/portal${subject.path ? `/${subject.path}` : ""}`
    const base = {
      template,
      trigger_type: input.kind,
      resource_id: input.id,
      resource_type: subject.resource_type,
      data: { ...subject.data, enterprise: team.name, url },
    }
    // One message per subject, version and recipient: a redelivered event sends nothing twice.
    const key = (to: string) => `notice:${input.kind}:${input.id}:${subject.enterprise_id}:${subject.version}:${to}`
    for (const to of noticeRecipients(input.kind, (team.accounts ?? []).filter((a) => a !== null))) {
      notices.push({ ...base, to, channel: "email", idempotency_key: key(to) })
    }
    const phone = input.sms ? smsRecipient(team.contact_phone) : null
    if (phone) notices.push({ ...base, to: phone, channel: "sms", idempotency_key: key(phone) })
  }
  return new StepResponse(notices)
})

/**
 * Tells an enterprise's team what concerns them (see NOTICE_AUDIENCE): by e-mail to each account
 * whose role hears of it, and by SMS to the enterprise's contact phone when SMS is configured.
 */
export const sendEnterpriseNoticeWorkflow = createWorkflow("send-enterprise-notice", (input: EnterpriseNoticeInput) => {
  return new WorkflowResponse(sendNotificationsStep(planEnterpriseNoticesStep(input)))
})

export interface StaffNoticeInput {
  kind: StaffNoticeKind
  id: string
  /** The platform staff mailbox (PLATFORM_STAFF_EMAIL). */
  to: string
  /** The backend's base URL; the admin lives under /app. */
  admin_url: string
}

const planStaffNoticeStep = createStep("plan-staff-notice", async (input: StaffNoticeInput, { container }) => {
  const subject = await staffNoticeSubject(container, input.kind, input.id)
  const notice: Notice = {
    to: input.to,
    channel: "email",
    template: staffNoticeTemplate(input.kind),
    trigger_type: input.kind,
    resource_id: input.id,
    resource_type: subject.resource_type,
    idempotency_key: `notice:${input.kind}:${input.id}:${subject.version}:${input.to}`,
    data: { ...subject.data, url: `${input.admin_url.replace(/\/+$/, "")}/app/${subject.path}` },
  }
  return new StepResponse([notice])
})

/** Tells platform staff that work waits for their review, with a link to the admin page. */
export const sendStaffNoticeWorkflow = createWorkflow("send-staff-notice", (input: StaffNoticeInput) => {
  return new WorkflowResponse(sendNotificationsStep(planStaffNoticeStep(input)))
})
