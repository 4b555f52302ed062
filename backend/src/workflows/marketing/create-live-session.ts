import type { CreatePriceListWorkflowInputDTO, PriceListType } from "@medusajs/framework/types"
import { createPriceListsWorkflow } from "@medusajs/medusa/core-flows"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SESSION_CURRENCY } from "../../lib/marketing/live-session-prices"
import { createLiveSessionRowStep } from "./steps/live-session-create"
import { validateNewLiveSessionStep, type CreateLiveSessionInput } from "./steps/live-session-validate"

export type { CreateLiveSessionInput } from "./steps/live-session-validate"

/** The price list's own name, so staff recognise it among Medusa's price lists. */
export const liveSessionPriceListTitle = (title: string) => `直播带货：${title}`

/**
 * A live-commerce session (直播带货) with its session prices. The prices go in a Medusa sale price
 * list active from the session's start to its end, so Medusa's calculated price (product pages,
 * carts) gives them exactly while the session runs and drops them when it ends. Each step is undone
 * when a later one fails: a refused or failed session leaves no price list or row.
 */
export const createLiveSessionWorkflow = createWorkflow("create-live-session", (input: CreateLiveSessionInput) => {
  const validated = validateNewLiveSessionStep(input)

  const price_lists_data = transform({ input, validated }, ({ input, validated }) => {
    // Medusa's workflow input type leaves out `type`, which the pricing module takes (default "sale"); say it anyway.
    const list: CreatePriceListWorkflowInputDTO & { type: PriceListType } = {
      title: liveSessionPriceListTitle(input.title),
      description: `Live session ${input.handle}`,
      type: "sale",
      status: "active",
      starts_at: new Date(input.starts_at).toISOString(),
      ends_at: new Date(input.ends_at).toISOString(),
      prices: validated.prices.map((p) => ({ variant_id: p.variant_id, amount: p.amount, currency_code: SESSION_CURRENCY })),
      metadata: { live_session_handle: input.handle, seleno_funding: input.funding_source ?? "platform" },
    }
    return [list]
  })
  const priceLists = createPriceListsWorkflow.runAsStep({ input: { price_lists_data } })

  const row = transform({ input, validated, priceLists }, ({ input, validated, priceLists }) => ({
    campaign_page_id: validated.campaign_page_id,
    handle: input.handle,
    title: input.title,
    title_en: input.title_en ?? null,
    host: input.host,
    stream_url: input.stream_url,
    replay_url: input.replay_url ?? null,
    starts_at: new Date(input.starts_at).toISOString(),
    ends_at: new Date(input.ends_at).toISOString(),
    price_list_id: priceLists[0]!.id,
    featured_product_ids: validated.featured_product_ids,
    funding_source: input.funding_source ?? "platform",
  }))
  const created = createLiveSessionRowStep(row)

  // Lets other code act on a new session; a handler that throws undoes the session and its price list.
  const liveSessionCreated = createHook("liveSessionCreated", { live_session_id: created.id, input })
  return new WorkflowResponse(created, { hooks: [liveSessionCreated] })
})
