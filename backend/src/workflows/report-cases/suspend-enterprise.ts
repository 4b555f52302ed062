import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateEnterpriseWorkflow } from "../enterprise/update-enterprise"
import { recordCaseAction, type CaseActionInput } from "./record-action"
import { loadCaseForActionStep } from "./steps/load-case"

/**
 * Suspends the product's enterprise through the enterprise's own standing workflow (its products
 * leave every sales channel at once), with the case's note as the reason the enterprise reads.
 */
export const suspendReportedEnterpriseWorkflow = createWorkflow("report-case-suspend-enterprise", (input: CaseActionInput) => {
  const loaded = loadCaseForActionStep(transform({ input }, ({ input }) => ({ id: input.id, action: "suspend_enterprise" as const })))
  updateEnterpriseWorkflow.runAsStep({
    input: transform({ loaded, input }, ({ loaded, input }) => ({
      id: loaded.enterprise_id!,
      status: "suspended" as const,
      review_note: `举报 ${loaded.number}: ${input.note}`,
    })),
  })
  const entry = recordCaseAction("suspend_enterprise", input, loaded, transform({ loaded }, ({ loaded }) => loaded.enterprise_id))
  return new WorkflowResponse(entry)
})
