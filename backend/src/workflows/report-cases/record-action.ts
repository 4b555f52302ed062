import { transform, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { statusAfterAction, type ReportCaseAction } from "@seleno/domain"
import type { LoadedCase } from "./steps/load-case"
import { recordCaseEntryStep } from "./steps/record-case-entry"
import { setCaseStatusStep } from "./steps/set-case-status"

export interface CaseActionInput {
  id: string
  actor_id: string
  note: string
}

/**
 * The tail every action workflow shares: a new case is taken up (investigating), and the action is
 * written to the case's history with who, when, why and what it was applied to.
 */
export function recordCaseAction(
  action: ReportCaseAction,
  input: CaseActionInput | WorkflowData<CaseActionInput>,
  loaded: WorkflowData<LoadedCase>,
  target: WorkflowData<string | null>
) {
  setCaseStatusStep(transform({ loaded }, ({ loaded }) => ({ id: loaded.id, status: statusAfterAction(loaded.status) })))
  return recordCaseEntryStep(
    transform({ input, loaded, target }, ({ input, loaded, target }) => {
      const to = statusAfterAction(loaded.status)
      return {
        report_case_id: loaded.id,
        kind: action,
        actor_id: input.actor_id,
        note: input.note,
        from_status: to === loaded.status ? null : loaded.status,
        to_status: to === loaded.status ? null : to,
        target_id: target,
      }
    })
  )
}
