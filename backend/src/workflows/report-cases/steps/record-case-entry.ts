import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ReportCaseEntryKind, ReportCaseStatus } from "@seleno/domain"
import { REPORT_CASE_MODULE } from "../../../modules/report-case"
import type ReportCaseModuleService from "../../../modules/report-case/service"

export interface CaseEntryInput {
  report_case_id: string
  kind: ReportCaseEntryKind
  actor_id: string
  note?: string | null
  from_status?: ReportCaseStatus | null
  to_status?: ReportCaseStatus | null
  target_id?: string | null
}

/** Writes one line of the case's history; undone by removing it, so a failed action leaves no trace of having happened. */
export const recordCaseEntryStep = createStep(
  "record-report-case-entry",
  async (input: CaseEntryInput, { container }) => {
    const service = container.resolve<ReportCaseModuleService>(REPORT_CASE_MODULE)
    const entry = await service.createReportCaseEntries({
      report_case_id: input.report_case_id,
      kind: input.kind,
      actor_id: input.actor_id,
      note: input.note?.trim() || null,
      from_status: input.from_status ?? null,
      to_status: input.to_status ?? null,
      target_id: input.target_id ?? null,
    })
    return new StepResponse(entry, entry.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<ReportCaseModuleService>(REPORT_CASE_MODULE).deleteReportCaseEntries(id)
  }
)
