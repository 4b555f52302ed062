import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { REPORT_CASE_CREATED } from "../lib/events"
import { sendReportCaseNoticeWorkflow } from "../workflows/notifications/send-report-case-notice"

/** A new report reaches the case mailbox and the product's enterprise accounts. */
export default async function reportCaseCreatedHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  await sendReportCaseNoticeWorkflow(container).run({
    input: { id: event.data.id, staff_email: process.env.REPORT_CASES_EMAIL || "cases@seleno.local" },
  })
}

export const config: SubscriberConfig = { event: REPORT_CASE_CREATED }
