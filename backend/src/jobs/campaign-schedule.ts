import type { INotificationModuleService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { loadAdminCampaigns } from "../lib/marketing/campaign-records"
import { CAMPAIGN_SCHEDULE_CRON, campaignTransitions, scheduleWindow } from "../lib/marketing/campaign-schedule"

/**
 * Every five minutes: tells marketing staff which campaigns started or ended since the previous
 * run. Campaigns start and end on their own (Medusa applies a campaign's promotions only between
 * its dates); this only makes it news. Through the notification provider the project configures
 * (the local one logs on the "email" channel); the idempotency key keeps a rerun from repeating it.
 */
export default async function campaignScheduleJob(container: MedusaContainer, at?: unknown) {
  // Medusa calls jobs with the container only (plus its own arguments); tests may pass the time.
  const now = at instanceof Date ? at : new Date()
  const { from, to } = scheduleWindow(now)
  const campaigns = await loadAdminCampaigns(container, {}, now)
  const transitions = campaignTransitions(campaigns, from, to)
  if (!transitions.length) return
  const recipient = process.env.MARKETING_STAFF_EMAIL || "marketing@seleno.local"
  await container.resolve<INotificationModuleService>(Modules.NOTIFICATION).createNotifications(
    transitions.map((t) => ({
      to: recipient,
      channel: "email",
      template: t.event === "started" ? "campaign-started" : "campaign-ended",
      trigger_type: `campaign.${t.event}`,
      resource_id: t.campaign.id,
      resource_type: "campaign_page",
      idempotency_key: `campaign-${t.event}:${t.campaign.id}:${t.at}`,
      data: { handle: t.campaign.handle, name: t.campaign.name, at: t.at },
    }))
  )
}

export const config = {
  name: "campaign-schedule",
  schedule: CAMPAIGN_SCHEDULE_CRON,
}
