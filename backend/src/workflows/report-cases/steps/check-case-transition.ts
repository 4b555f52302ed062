import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { allowedTransitions, transitionProblem, type ReportCaseStatus } from "@seleno/domain"
import { REPORT_CASE_MODULE } from "../../../modules/report-case"
import type ReportCaseModuleService from "../../../modules/report-case/service"

export interface CaseTransition {
  id: string
  status: ReportCaseStatus
  note?: string | null
}

/** Refuses a move the rules do not allow, naming the moves that are; answers the status moved from. */
export const checkCaseTransitionStep = createStep("check-report-case-transition", async (input: CaseTransition, { container }) => {
  const service = container.resolve<ReportCaseModuleService>(REPORT_CASE_MODULE)
  const [found] = await service.listReportCases({ id: input.id }, { select: ["id", "status"], take: 1 })
  if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Report case with id: ${input.id} was not found`)
  const from = found.status as ReportCaseStatus
  const problem = transitionProblem(from, input.status, input.note)
  if (problem === "note_required") {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `note: closing a case needs a resolution note saying what was found and done [note_required]`)
  }
  if (problem === "note_too_long") throw new MedusaError(MedusaError.Types.INVALID_DATA, `note: the note is too long [note_too_long]`)
  if (problem) {
    const allowed = allowedTransitions(from)
    const next = allowed.length ? `it can move to ${allowed.join(" or ")}` : "a closed case stays closed"
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `status: a ${from} case cannot move to ${input.status}; ${next} [${problem}]`)
  }
  return new StepResponse(from)
})
