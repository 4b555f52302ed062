import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { autoConfirmDeliveriesStep } from "./steps/auto-confirm-deliveries"

/** Parts the shopper never confirmed count as delivered `days` days after shipment. */
export const autoConfirmDeliveriesWorkflow = createWorkflow("auto-confirm-part-deliveries", (input: { at: string; days: number }) => {
  return new WorkflowResponse(autoConfirmDeliveriesStep(input))
})
