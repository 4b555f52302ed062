import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { actionProblem, type ReportCaseAction, type ReportCaseStatus } from "@seleno/domain"
import { REPORT_CASE_MODULE } from "../../../modules/report-case"
import type ReportCaseModuleService from "../../../modules/report-case/service"

export interface LoadedCase {
  id: string
  number: string
  status: ReportCaseStatus
  product_id: string | null
  enterprise_id: string | null
  serial_id: string | null
}

/** English for API clients; the code in brackets is what the admin keys its wording on. */
const ACTION_REFUSALS = {
  case_closed: "the case is closed; nothing more is done from a closed case",
  no_serial: "the case names no known package serial, so there is no code to confirm as counterfeit",
  no_product: "the case is about no known product",
  no_enterprise: "the product has no enterprise on record",
} as const

/** Reads a case (404 when there is none) and, for an action, refuses it when the case does not allow it. */
export const loadCaseForActionStep = createStep(
  "load-report-case-for-action",
  async (input: { id: string; action?: ReportCaseAction }, { container }) => {
    const service = container.resolve<ReportCaseModuleService>(REPORT_CASE_MODULE)
    const [found] = await service.listReportCases(
      { id: input.id },
      { select: ["id", "number", "status", "product_id", "enterprise_id", "serial_id"], take: 1 }
    )
    if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Report case with id: ${input.id} was not found`)
    const loaded = found as unknown as LoadedCase
    const problem = input.action ? actionProblem(input.action, loaded) : null
    if (problem) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${input.action}: ${ACTION_REFUSALS[problem as keyof typeof ACTION_REFUSALS]} [${problem}]`)
    }
    return new StepResponse(loaded)
  }
)
