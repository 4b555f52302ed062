import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertOwnBatch, assertOwnProduct, assertOwnUpload, assertOwnVariant } from "../ownership"

/*
 * Guards that only read: they stop a workflow before anything is written when the actor's enterprise
 * does not own what the request names, so they need no compensation.
 */

export const assertCertificateSubmissionStep = createStep(
  "assert-enterprise-certificate-submission",
  async (input: { enterprise_id: string; product_id?: string | null; test_report_url: string }, { container }) => {
    if (input.product_id) await assertOwnProduct(container, input.enterprise_id, input.product_id)
    await assertOwnUpload(container, input.enterprise_id, input.test_report_url, "test_report_url")
    return new StepResponse(true)
  }
)

export const assertVariantOfEnterpriseStep = createStep(
  "assert-variant-of-enterprise",
  async (input: { enterprise_id: string; variant_id: string }, { container }) => {
    await assertOwnVariant(container, input.enterprise_id, input.variant_id)
    return new StepResponse(true)
  }
)

export const assertBatchOfEnterpriseStep = createStep(
  "assert-batch-of-enterprise",
  async (input: { enterprise_id: string; batch_id: string }, { container }) => {
    await assertOwnBatch(container, input.enterprise_id, input.batch_id)
    return new StepResponse(true)
  }
)
