import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { syncFundingTags, productIdsOfEnterprise } from "../../../lib/funding/brand-tags"
import { MARKETING_MODULE } from "../../../modules/marketing"
import type MarketingModuleService from "../../../modules/marketing/service"

export interface SetConsentInput {
  enterprise_id: string
  accepts_enterprise_funded: boolean
}

/** Writes the enterprise's answer; undone by writing back the previous one (or none). */
export const setConsentStep = createStep(
  "funding-set-consent",
  async (input: SetConsentInput, { container }) => {
    const marketing = container.resolve<MarketingModuleService>(MARKETING_MODULE)
    const [current] = await marketing.listDiscountConsents({ enterprise_id: input.enterprise_id })
    if (current) await marketing.updateDiscountConsents({ id: current.id, accepts_enterprise_funded: input.accepts_enterprise_funded })
    else await marketing.createDiscountConsents(input)
    return new StepResponse(undefined, { enterprise_id: input.enterprise_id, before: current ? current.accepts_enterprise_funded : null })
  },
  async (undo, { container }) => {
    if (!undo) return
    const marketing = container.resolve<MarketingModuleService>(MARKETING_MODULE)
    const [row] = await marketing.listDiscountConsents({ enterprise_id: undo.enterprise_id })
    if (!row) return
    if (undo.before === null) await marketing.deleteDiscountConsents(row.id)
    else await marketing.updateDiscountConsents({ id: row.id, accepts_enterprise_funded: undo.before })
  }
)

/**
 * Re-tags the enterprise's products so enterprise-funded promotions reach them only while it
 * consents. Tags are derived data: undoing means deriving them again from the restored consent.
 */
export const syncEnterpriseTagsStep = createStep(
  "funding-sync-enterprise-tags",
  async (enterpriseId: string, { container }) => {
    await syncFundingTags(container, await productIdsOfEnterprise(container, enterpriseId))
    return new StepResponse(undefined, enterpriseId)
  },
  async (enterpriseId, { container }) => {
    if (enterpriseId) await syncFundingTags(container, await productIdsOfEnterprise(container, enterpriseId))
  }
)
