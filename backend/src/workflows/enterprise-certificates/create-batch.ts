import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createTraceBatchWorkflow } from "../traceability/create-trace-batch"
import type { CreateTraceBatchInput } from "../traceability/steps/create-trace-batch"
import { assertVariantOfEnterpriseStep } from "./steps/assert-ownership"

/**
 * An enterprise opens a batch of one of its own variants; the lot, GTIN, base and serial rules are
 * create-trace-batch's (its base check already scopes base_id to the enterprise).
 */
export const createEnterpriseBatchWorkflow = createWorkflow("create-enterprise-trace-batch", (input: CreateTraceBatchInput & { enterprise_id: string }) => {
  assertVariantOfEnterpriseStep(input)
  return new WorkflowResponse(createTraceBatchWorkflow.runAsStep({ input }))
})
