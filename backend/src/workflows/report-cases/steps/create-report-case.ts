import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ReportCaseKind, ReportCaseSource } from "@seleno/domain"
import { REPORT_CASE_MODULE } from "../../../modules/report-case"
import type ReportCaseModuleService from "../../../modules/report-case/service"
import type { ReportSubject } from "./resolve-report-subject"

export interface NewReportCase extends ReportSubject {
  kind: ReportCaseKind
  source: ReportCaseSource
  description: string
  contact: string | null
  photo_file_id: string | null
}

/** Files the case under the next number of the China day; undone by deleting it (its number is then skipped). */
export const createReportCaseStep = createStep(
  "create-report-case",
  async (input: NewReportCase, { container }) => {
    const service = container.resolve<ReportCaseModuleService>(REPORT_CASE_MODULE)
    const number = await service.nextCaseNumber()
    const created = await service.createReportCases({ ...input, number, status: "new" })
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<ReportCaseModuleService>(REPORT_CASE_MODULE).deleteReportCases(id)
  }
)
