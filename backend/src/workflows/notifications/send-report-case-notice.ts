import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"

export interface ReportCaseNoticeInput {
  id: string
  /** The platform's case mailbox (REPORT_CASES_EMAIL). */
  staff_email: string
}

type NoticeRow = {
  id: string
  number: string
  kind: string
  source: string
  product?: { title: string } | null
  enterprise?: { accounts?: ({ email: string } | null)[] } | null
}

/**
 * Tells staff and the product's enterprise that a report was filed: the case number, its kind and
 * the product, never the reporter's contact. Through the Notification Module like every other
 * message (logged by the local provider unless a real one is configured).
 */
export const sendReportCaseNoticeWorkflow = createWorkflow("send-report-case-notice", (input: ReportCaseNoticeInput) => {
  const { data: cases } = useQueryGraphStep({
    entity: "report_case",
    fields: ["id", "number", "kind", "source", "product.title", "enterprise.accounts.email"],
    filters: { id: input.id },
    options: { throwIfKeyNotFound: true },
  })
  const notifications = transform({ cases, input }, ({ cases, input }) => {
    const found = cases[0] as unknown as NoticeRow
    const data = { number: found.number, kind: found.kind, source: found.source, product: found.product?.title ?? null }
    const enterprise = (found.enterprise?.accounts ?? []).filter((a) => a !== null).map((a) => a.email)
    return [
      { to: input.staff_email, template: "report-case-staff" },
      ...enterprise.map((to) => ({ to, template: "report-case-enterprise" })),
    ].map(({ to, template }) => ({
      to,
      channel: "email",
      template,
      trigger_type: "report_case.created",
      resource_id: found.id,
      resource_type: "report_case",
      // One message per case and recipient, so a redelivered event sends nothing twice.
      idempotency_key: `report-case:${found.id}:${to}`,
      data,
    }))
  })
  return new WorkflowResponse(sendNotificationsStep(notifications))
})
