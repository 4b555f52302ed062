/** How often the campaign-schedule job runs; each run looks back exactly this far. */
export const CAMPAIGN_SCHEDULE_MINUTES = 5
export const CAMPAIGN_SCHEDULE_CRON = `*/${CAMPAIGN_SCHEDULE_MINUTES} * * * *`

export interface ScheduledCampaign {
  id: string
  handle: string
  name: string
  starts_at: string | null
  ends_at: string | null
}

export interface CampaignTransition {
  event: "started" | "ended"
  at: string
  campaign: ScheduledCampaign
}

/**
 * The starts and ends that fell in (from, to]: consecutive runs' windows meet without overlapping,
 * so each start or end is reported by exactly one run. A campaign created with a past start is
 * not reported as starting (nobody is waiting for news of it).
 */
export function campaignTransitions(campaigns: ScheduledCampaign[], from: Date, to: Date): CampaignTransition[] {
  const inWindow = (iso: string | null) => {
    if (!iso) return false
    const at = new Date(iso).getTime()
    return at > from.getTime() && at <= to.getTime()
  }
  const transitions: CampaignTransition[] = []
  for (const campaign of campaigns) {
    if (inWindow(campaign.starts_at)) transitions.push({ event: "started", at: campaign.starts_at as string, campaign })
    if (inWindow(campaign.ends_at)) transitions.push({ event: "ended", at: campaign.ends_at as string, campaign })
  }
  return transitions.sort((a, b) => a.at.localeCompare(b.at))
}

/** The window a run at `now` covers, aligned to the schedule so reruns of one tick cover the same window. */
export function scheduleWindow(now: Date, minutes: number = CAMPAIGN_SCHEDULE_MINUTES): { from: Date; to: Date } {
  const step = minutes * 60 * 1000
  const to = new Date(Math.floor(now.getTime() / step) * step)
  return { from: new Date(to.getTime() - step), to }
}
