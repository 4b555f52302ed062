import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkCaseTransitionStep, type CaseTransition } from "./steps/check-case-transition"
import { recordCaseEntryStep } from "./steps/record-case-entry"
import { setCaseStatusStep } from "./steps/set-case-status"

/** Staff move a case along new → investigating → closed (closing with a resolution note), recorded in its history. */
export const transitionReportCaseWorkflow = createWorkflow("transition-report-case", (input: CaseTransition & { actor_id: string }) => {
  const from = checkCaseTransitionStep(input)
  const updated = setCaseStatusStep(transform({ input }, ({ input }) => ({ id: input.id, status: input.status, resolution: input.note ?? null })))
  recordCaseEntryStep(
    transform({ input, from }, ({ input, from }) => ({
      report_case_id: input.id,
      kind: "status_change" as const,
      actor_id: input.actor_id,
      note: input.note ?? null,
      from_status: from,
      to_status: input.status,
    }))
  )
  return new WorkflowResponse(updated)
})
