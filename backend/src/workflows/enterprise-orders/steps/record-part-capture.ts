import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SETTLEMENT_MODULE } from "../../../modules/settlement"
import type SettlementModuleService from "../../../modules/settlement/service"
import type { PartCapturePlan } from "./plan-part-capture"

export interface RecordPartCaptureInput {
  order_id: string
  enterprise_id: string
  fulfillment_id: string
  plan: PartCapturePlan
}

/**
 * Writes the settlement ledger entry for a shipped part: what was captured for this enterprise
 * (items + shipping) with the Medusa capture made for it, and the platform-funded add-back.
 * An order without a payment records nothing (no money, nothing to settle). Compensation removes
 * the entry, so a failed shipment never leaves money on a statement.
 */
export const recordPartCaptureStep = createStep(
  "record-enterprise-part-capture",
  async (input: RecordPartCaptureInput, { container }) => {
    const { plan } = input
    if (!plan.payment_id) return new StepResponse(null, null)
    let captureId: string | null = null
    if (plan.capture) {
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "payment",
        fields: ["id", "captures.id"],
        filters: { id: plan.payment_id },
      })
      const prior = new Set(plan.prior_capture_ids)
      captureId = ((data[0]?.captures ?? []) as { id: string }[]).find((c) => !prior.has(c.id))?.id ?? null
    }
    const settlement = container.resolve<SettlementModuleService>(SETTLEMENT_MODULE)
    const [entry] = await settlement.createSettlementEntries([
      {
        source_key: `capture:${input.fulfillment_id}`,
        kind: "capture" as const,
        enterprise_id: input.enterprise_id,
        order_id: input.order_id,
        occurred_at: new Date(),
        items_fen: plan.items_fen,
        shipping_fen: plan.shipping_fen,
        addback_fen: plan.addback_fen,
        refund_fen: 0,
        payment_id: plan.payment_id,
        capture_id: captureId,
        fulfillment_id: input.fulfillment_id,
      },
    ])
    return new StepResponse(entry, entry!.id)
  },
  async (entryId, { container }) => {
    if (!entryId) return
    await container.resolve<SettlementModuleService>(SETTLEMENT_MODULE).deleteSettlementEntries([entryId])
  }
)
