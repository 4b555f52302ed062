import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ReportCaseStatus } from "@seleno/domain"
import { REPORT_CASE_MODULE } from "../../../modules/report-case"
import type ReportCaseModuleService from "../../../modules/report-case/service"

export interface SetCaseStatusInput {
  id: string
  status: ReportCaseStatus
  /** Kept as the case's resolution when it closes. */
  resolution?: string | null
}

type Before = { id: string; status: ReportCaseStatus; resolution: string | null; closed_at: Date | null }

/** Moves the case (the move was checked before); undone by writing the old status back. */
export const setCaseStatusStep = createStep(
  "set-report-case-status",
  async (input: SetCaseStatusInput, { container }) => {
    const service = container.resolve<ReportCaseModuleService>(REPORT_CASE_MODULE)
    const current = (await service.retrieveReportCase(input.id, { select: ["id", "status", "resolution", "closed_at"] })) as unknown as Before
    if (current.status === input.status) return new StepResponse(current, null)
    const closing = input.status === "closed"
    const updated = await service.updateReportCases({
      id: input.id,
      status: input.status,
      ...(closing ? { resolution: input.resolution?.trim() ?? null, closed_at: new Date() } : {}),
    })
    return new StepResponse(updated, { id: current.id, status: current.status, resolution: current.resolution, closed_at: current.closed_at })
  },
  async (before, { container }) => {
    if (before) await container.resolve<ReportCaseModuleService>(REPORT_CASE_MODULE).updateReportCases(before)
  }
)
