import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordCaseAction, type CaseActionInput } from "./record-action"
import { loadCaseForActionStep } from "./steps/load-case"

/**
 * Takes the case's product off the store: back to draft through Medusa's own product workflow (so
 * search and every product rule follow), and the enterprise must submit it for review again.
 */
export const unpublishReportedListingWorkflow = createWorkflow("report-case-unpublish-listing", (input: CaseActionInput) => {
  const loaded = loadCaseForActionStep(transform({ input }, ({ input }) => ({ id: input.id, action: "unpublish_listing" as const })))
  updateProductsWorkflow.runAsStep({
    input: transform({ loaded }, ({ loaded }) => ({ selector: { id: loaded.product_id! }, update: { status: "draft" as const } })),
  })
  const entry = recordCaseAction("unpublish_listing", input, loaded, transform({ loaded }, ({ loaded }) => loaded.product_id))
  return new WorkflowResponse(entry)
})
