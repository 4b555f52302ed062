import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loadVariantPricing } from "../../../lib/marketing/live-session-prices"
import { variantOwners } from "../../../lib/funding/products"
import { MARKETING_MODULE } from "../../../modules/marketing"
import type MarketingModuleService from "../../../modules/marketing/service"

export interface SetPriceFloorInput {
  enterprise_id: string
  variant_id: string
  /** Yuan; null removes the floor. */
  amount: number | null
}

/**
 * Sets or removes a variant's floor. Only the enterprise that sells the variant may (another's
 * variant is "not found", never "not yours"); a floor above the variant's own price is refused,
 * since it would make its current price one it refuses. Undone by restoring the previous floor.
 */
export const setPriceFloorStep = createStep(
  "funding-set-price-floor",
  async (input: SetPriceFloorInput, { container }) => {
    const owner = (await variantOwners(container, [input.variant_id])).get(input.variant_id)
    if (!owner || owner.enterprise?.id !== input.enterprise_id) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `variant_id: your enterprise has no variant ${input.variant_id}`)
    }
    if (input.amount !== null) {
      const regular = (await loadVariantPricing(container, [input.variant_id])).get(input.variant_id)?.regular
      if (regular !== undefined && Math.round(input.amount * 100) > Math.round(regular * 100)) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `amount: the floor ¥${input.amount} is above the variant's own price ¥${regular}; lower it or raise the price first`)
      }
    }
    const marketing = container.resolve<MarketingModuleService>(MARKETING_MODULE)
    const [current] = await marketing.listPriceFloors({ variant_id: input.variant_id })
    const before = current ? Number(current.amount) : null
    if (input.amount === null) {
      if (current) await marketing.deletePriceFloors(current.id)
    } else if (current) await marketing.updatePriceFloors({ id: current.id, amount: input.amount })
    else await marketing.createPriceFloors({ enterprise_id: input.enterprise_id, variant_id: input.variant_id, amount: input.amount })
    return new StepResponse(undefined, { ...input, amount: before })
  },
  async (undo, { container }) => {
    if (!undo) return
    const marketing = container.resolve<MarketingModuleService>(MARKETING_MODULE)
    const [row] = await marketing.listPriceFloors({ variant_id: undo.variant_id })
    if (undo.amount === null) {
      if (row) await marketing.deletePriceFloors(row.id)
    } else if (row) await marketing.updatePriceFloors({ id: row.id, amount: undo.amount })
    else await marketing.createPriceFloors({ enterprise_id: undo.enterprise_id, variant_id: undo.variant_id, amount: undo.amount })
  }
)
