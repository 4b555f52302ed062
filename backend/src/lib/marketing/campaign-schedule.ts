/**
 * How often the campaign-schedule job runs; each run looks back exactly this far. Five minutes, or
 * CAMPAIGN_SCHEDULE_MINUTES: a whole number of minutes that divides an hour (so the cron's ticks are
 * evenly spaced and consecutive windows meet), e.g. 1 for the cluster test.
 */
export function campaignScheduleMinutes(value: string | undefined = process.env.CAMPAIGN_SCHEDULE_MINUTES): number {
  if (value === undefined || value === "") return 5
  const minutes = Number(value)
  if (!Number.isInteger(minutes) || minutes < 1 || 60 % minutes !== 0) {
    throw new Error(`CAMPAIGN_SCHEDULE_MINUTES must be a whole number of minutes that divides 60 (1, 2, 3, 5, 10, 15, 30, 60); got "${value}"`)
  }
  return minutes
}
export const CAMPAIGN_SCHEDULE_MINUTES = campaignScheduleMinutes()
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
