import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TRACEABILITY_MODULE } from "../../../modules/traceability"
import type TraceabilityModuleService from "../../../modules/traceability/service"

export interface RecordTraceEventInput {
  batch_id: string
  type: "harvested" | "processed" | "packed" | "shipped" | "inspected"
  occurred_at: Date
  place: string
  description?: string | null
}

/** Clock skew between a field device and the server should not refuse an event that just happened. */
const FUTURE_TOLERANCE_MS = 10 * 60 * 1000

/** Adds an EPCIS-style event (what, when, where, why) to a batch's timeline; undone by deleting it. */
export const recordTraceEventStep = createStep(
  "record-trace-event",
  async (input: RecordTraceEventInput, { container }) => {
    if (new Date(input.occurred_at).getTime() > Date.now() + FUTURE_TOLERANCE_MS) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "occurred_at is in the future; record an event once it has happened")
    }
    const trace = container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
    await trace.retrieveTraceBatch(input.batch_id, { select: ["id"] })
    const event = await trace.createTraceEvents(input)
    return new StepResponse(event, event.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE).deleteTraceEvents(id)
  }
)
