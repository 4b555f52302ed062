import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { BatchVoidedBy } from "@seleno/domain"
import { TRACEABILITY_MODULE } from "../../../modules/traceability"
import type TraceabilityModuleService from "../../../modules/traceability/service"

export interface VoidTraceBatchInput {
  batch_id: string
  reason: string
  /** The staff user or enterprise account that withdrew the batch. */
  actor_id: string
  actor_type: BatchVoidedBy
}

const CLEARED = { voided_at: null, void_reason: null, voided_by: null, voided_by_type: null }

/** Withdraws a batch, recording when, why and by whom; undone by lifting the withdrawal again. */
export const voidTraceBatchStep = createStep(
  "void-trace-batch",
  async (input: VoidTraceBatchInput, { container }) => {
    const trace = container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
    const batch = await trace.retrieveTraceBatch(input.batch_id, { select: ["id", "lot", "voided_at"] })
    if (batch.voided_at) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Batch ${batch.lot} was already voided on ${new Date(batch.voided_at).toISOString()}`, "batch_already_voided")
    }
    const voided = await trace.updateTraceBatches({
      id: batch.id,
      voided_at: new Date(),
      void_reason: input.reason,
      voided_by: input.actor_id,
      voided_by_type: input.actor_type,
    })
    return new StepResponse(voided, batch.id)
  },
  async (batchId, { container }) => {
    if (batchId) await container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE).updateTraceBatches({ id: batchId, ...CLEARED })
  }
)
