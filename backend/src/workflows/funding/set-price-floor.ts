import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setPriceFloorStep, type SetPriceFloorInput } from "./steps/price-floor"

/** An enterprise sets (or removes) the lowest price it accepts for one of its variants. */
export const setPriceFloorWorkflow = createWorkflow("set-price-floor", (input: SetPriceFloorInput) => {
  setPriceFloorStep(input)
  return new WorkflowResponse(input)
})
