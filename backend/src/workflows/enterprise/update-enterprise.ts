import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCT_CLAIMS_CHANGED } from "../../lib/events"
import { followEnterpriseStandingStep } from "../enterprise-products/steps/follow-enterprise-standing"
import { updateEnterpriseStep, type UpdateEnterpriseInput } from "./steps/update-enterprise"

export const updateEnterpriseWorkflow = createWorkflow("update-enterprise", (input: UpdateEnterpriseInput) => {
  // Suspension takes the enterprise's products off sale (reinstatement puts them back) before the
  // standing is written, so it can read the standing it changes from.
  const moved = followEnterpriseStandingStep(input)
  const enterprise = updateEnterpriseStep(input)
  when({ moved }, ({ moved }) => moved.length > 0).then(() => {
    emitEventStep({ eventName: PRODUCT_CLAIMS_CHANGED, data: transform({ moved }, ({ moved }) => ({ id: moved })) })
  })
  return new WorkflowResponse(enterprise)
})
