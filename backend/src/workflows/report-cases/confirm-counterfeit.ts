import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { confirmCounterfeitWorkflow } from "../traceability/confirm-counterfeit"
import { recordCaseAction, type CaseActionInput } from "./record-action"
import { loadCaseForActionStep } from "./steps/load-case"

/**
 * Confirms the case's package serial as counterfeit through the traceability workflow, so the
 * public trace page warns and drops the certified badge; recorded in the case history.
 */
export const confirmReportedCounterfeitWorkflow = createWorkflow("report-case-confirm-counterfeit", (input: CaseActionInput) => {
  const loaded = loadCaseForActionStep(transform({ input }, ({ input }) => ({ id: input.id, action: "confirm_counterfeit" as const })))
  confirmCounterfeitWorkflow.runAsStep({
    input: transform({ loaded, input }, ({ loaded, input }) => ({ serial_id: loaded.serial_id!, actor_id: input.actor_id, note: input.note })),
  })
  const entry = recordCaseAction("confirm_counterfeit", input, loaded, transform({ loaded }, ({ loaded }) => loaded.serial_id))
  return new WorkflowResponse(entry)
})
