import { MedusaError } from "@medusajs/framework/utils"
import type { FundingSource } from "@seleno/domain"
import { assertConsent } from "../../../lib/funding/consent"
import { assertAboveFloors } from "../../../lib/funding/floors"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loadVariantPricing, sessionPriceProblem, type LiveSessionPrice } from "../../../lib/marketing/live-session-prices"
import { LIVE_SESSION_HANDLE, sessionWindowProblem, webUrlProblem } from "../../../lib/marketing/live-session-rules"
import { MARKETING_MODULE } from "../../../modules/marketing"
import type MarketingModuleService from "../../../modules/marketing/service"

export interface CreateLiveSessionInput {
  /** The campaign page (cpage_…) the session belongs to. */
  campaign_id: string
  handle: string
  title: string
  title_en?: string | null
  host: string
  stream_url: string
  replay_url?: string | null
  starts_at: string | Date
  ends_at: string | Date
  prices: { variant_id: string; amount: number }[]
  /** Who pays the cut to the session prices; platform when left out. */
  funding_source?: FundingSource
}

export interface ValidatedLiveSession {
  campaign_page_id: string
  prices: LiveSessionPrice[]
  featured_product_ids: string[]
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * Everything a new session is refused for, checked before anything is written, so a refused
 * session leaves no price list behind. Returns the prices with the products they feature.
 */
export const validateNewLiveSessionStep = createStep(
  "validate-new-live-session",
  async (input: CreateLiveSessionInput, { container }) => {
    const marketing = container.resolve<MarketingModuleService>(MARKETING_MODULE)
    const [page] = await marketing.listCampaignPages({ id: input.campaign_id }, { select: ["id"] })
    if (!page) throw invalid(`campaign_id: there is no campaign page ${input.campaign_id}`)
    if (!LIVE_SESSION_HANDLE.test(input.handle)) throw invalid("handle: use lowercase letters, digits and single hyphens")
    const window = sessionWindowProblem(input.starts_at, input.ends_at)
    if (window) throw invalid(window)
    const url = webUrlProblem("stream_url", input.stream_url) ?? webUrlProblem("replay_url", input.replay_url)
    if (url) throw invalid(url)
    const [taken] = await marketing.listLiveSessions({ handle: input.handle }, { select: ["id"] })
    if (taken) throw invalid(`handle: another live session already uses "${input.handle}"`)

    if (!input.prices.length) throw invalid("prices: feature at least one variant at a session price")
    const seen = new Set<string>()
    input.prices.forEach((p, i) => {
      if (seen.has(p.variant_id)) throw invalid(`prices[${i}].variant_id: variant ${p.variant_id} is listed twice`)
      seen.add(p.variant_id)
    })
    const variants = await loadVariantPricing(container, input.prices.map((p) => p.variant_id))
    const prices: LiveSessionPrice[] = input.prices.map((price, i) => {
      const variant = variants.get(price.variant_id)
      const problem = sessionPriceProblem(i, price, variant)
      if (problem || !variant) throw invalid(problem ?? `prices[${i}].variant_id: unknown variant`)
      return { variant_id: price.variant_id, product_id: variant.product_id ?? "", amount: price.amount, original_amount: variant.regular ?? null }
    })
    await assertAboveFloors(container, input.prices.map((p, i) => ({ field: `prices[${i}].amount`, variant_id: p.variant_id, amount: p.amount })))
    if (input.funding_source === "enterprise") {
      await assertConsent(container, prices.map((p, i) => ({ field: `prices[${i}].variant_id`, id: p.product_id })))
    }
    const featured_product_ids = [...new Set(prices.map((p) => p.product_id).filter(Boolean))]
    return new StepResponse<ValidatedLiveSession>({ campaign_page_id: page.id, prices, featured_product_ids })
  }
)
