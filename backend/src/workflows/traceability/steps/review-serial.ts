import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { reviewOutcome, type SerialReviewAction, type SerialSignalState } from "@seleno/domain"
import { TRACEABILITY_MODULE } from "../../../modules/traceability"
import type TraceabilityModuleService from "../../../modules/traceability/service"

/** A staff decision about one package serial's counterfeit signal. */
export interface ReviewSerialInput {
  serial_id: string
  actor_id: string
  note: string
}

type Reviewed = {
  id: string
  signal_state: SerialSignalState
  reviewed_at: Date | null
  reviewed_by: string | null
  review_note: string | null
  baseline_scan_count: number
  baseline_network_count: number
}

const FIELDS = ["id", "signal_state", "reviewed_at", "reviewed_by", "review_note", "baseline_scan_count", "baseline_network_count", "scan_count", "network_count"]

/**
 * Confirms or clears a serial (the rule is `reviewOutcome`). Clearing takes the serial's counts as
 * the new baseline, so the evidence staff just looked at cannot make it suspicious again; undone by
 * restoring what the serial held before.
 */
export const reviewSerialStep = createStep(
  "review-package-serial",
  async (input: ReviewSerialInput & { action: SerialReviewAction }, { container }) => {
    const trace = container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
    const serial = await trace.retrievePackageSerial(input.serial_id, { select: FIELDS })
    const outcome = reviewOutcome(serial.signal_state, input.action)
    if (!outcome.ok) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, outcome.message, outcome.code)
    const before: Reviewed = {
      id: serial.id,
      signal_state: serial.signal_state,
      reviewed_at: serial.reviewed_at,
      reviewed_by: serial.reviewed_by,
      review_note: serial.review_note,
      baseline_scan_count: serial.baseline_scan_count,
      baseline_network_count: serial.baseline_network_count,
    }
    if (!outcome.changed) return new StepResponse(serial, null)
    const updated = await trace.updatePackageSerials({
      id: serial.id,
      signal_state: outcome.state,
      reviewed_at: new Date(),
      reviewed_by: input.actor_id,
      review_note: input.note,
      ...(outcome.state === "cleared" ? { baseline_scan_count: serial.scan_count, baseline_network_count: serial.network_count } : {}),
    })
    return new StepResponse(updated, before)
  },
  async (before, { container }) => {
    if (before) await container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE).updatePackageSerials(before)
  }
)
