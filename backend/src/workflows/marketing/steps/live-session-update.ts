import { MedusaError } from "@medusajs/framework/utils"
import type { FundingSource } from "@seleno/domain"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { sessionWindowProblem, webUrlProblem } from "../../../lib/marketing/live-session-rules"
import { MARKETING_MODULE } from "../../../modules/marketing"
import type MarketingModuleService from "../../../modules/marketing/service"

export interface UpdateLiveSessionInput {
  id: string
  title?: string
  title_en?: string | null
  host?: string
  stream_url?: string
  replay_url?: string | null
  starts_at?: string | Date
  ends_at?: string | Date
  /** Accepted only when it is the session's funding already (fixed at creation). */
  funding_source?: FundingSource
}

export interface LiveSessionChanges {
  title?: string
  title_en?: string | null
  host?: string
  stream_url?: string
  replay_url?: string | null
  starts_at?: string
  ends_at?: string
}

/** Dates travel between steps as ISO strings; the module wants Dates back. */
type LiveSessionUpdate = { id: string } & Omit<LiveSessionChanges, "starts_at" | "ends_at"> & { starts_at?: Date; ends_at?: Date }
function withDates(data: { id: string } & Record<string, unknown>): LiveSessionUpdate {
  const out: Record<string, unknown> = { ...data }
  for (const key of ["starts_at", "ends_at"] as const) {
    if (out[key] !== undefined && out[key] !== null) out[key] = new Date(out[key] as string | Date)
  }
  return out as LiveSessionUpdate
}

export interface PlannedLiveSessionUpdate {
  id: string
  changes: LiveSessionChanges
  price_list_id: string | null
  title: string
  /** ISO strings: step results are serialised between steps, so Dates would arrive as strings anyway. */
  starts_at: string
  ends_at: string
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/** Checks a change against the session as it stands (a new end must still follow the kept start). */
export const planLiveSessionUpdateStep = createStep("plan-live-session-update", async (input: UpdateLiveSessionInput, { container }) => {
  const marketing = container.resolve<MarketingModuleService>(MARKETING_MODULE)
  const [session] = await marketing.listLiveSessions({ id: input.id })
  if (!session) throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no live session ${input.id}`)
  const starts_at = input.starts_at !== undefined ? new Date(input.starts_at) : new Date(session.starts_at)
  const ends_at = input.ends_at !== undefined ? new Date(input.ends_at) : new Date(session.ends_at)
  const problem = sessionWindowProblem(starts_at, ends_at) ?? webUrlProblem("stream_url", input.stream_url) ?? webUrlProblem("replay_url", input.replay_url)
  if (problem) throw invalid(problem)
  if (input.funding_source !== undefined && input.funding_source !== session.funding_source) {
    throw invalid(`funding_source: this session is ${session.funding_source}-funded and stays so; its prices and the orders placed at them follow it`)
  }

  const changes: LiveSessionChanges = {}
  if (input.title !== undefined) changes.title = input.title
  if (input.title_en !== undefined) changes.title_en = input.title_en
  if (input.host !== undefined) changes.host = input.host
  if (input.stream_url !== undefined) changes.stream_url = input.stream_url
  if (input.replay_url !== undefined) changes.replay_url = input.replay_url
  if (input.starts_at !== undefined) changes.starts_at = starts_at.toISOString()
  if (input.ends_at !== undefined) changes.ends_at = ends_at.toISOString()
  return new StepResponse<PlannedLiveSessionUpdate>({
    id: session.id,
    changes,
    price_list_id: session.price_list_id ?? null,
    title: changes.title ?? session.title,
    starts_at: starts_at.toISOString(),
    ends_at: ends_at.toISOString(),
  })
})

/** Writes the changes; undone by writing back what the changed fields held before. */
export const updateLiveSessionRowStep = createStep(
  "update-live-session-row",
  async (input: { id: string; changes: LiveSessionChanges }, { container }) => {
    const marketing = container.resolve<MarketingModuleService>(MARKETING_MODULE)
    const keys = Object.keys(input.changes) as (keyof LiveSessionChanges)[]
    const [before] = await marketing.listLiveSessions({ id: input.id })
    if (!keys.length || !before) return new StepResponse<string, Record<string, unknown> | null>(input.id, null)
    const previous: Record<string, unknown> = { id: input.id }
    for (const key of keys) previous[key] = before[key]
    await marketing.updateLiveSessions(withDates({ id: input.id, ...input.changes }))
    return new StepResponse<string, Record<string, unknown> | null>(input.id, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<MarketingModuleService>(MARKETING_MODULE).updateLiveSessions(withDates(previous as { id: string }))
  }
)
