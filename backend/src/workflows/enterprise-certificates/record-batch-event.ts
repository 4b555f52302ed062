import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordTraceEventWorkflow } from "../traceability/record-trace-event"
import type { RecordTraceEventInput } from "../traceability/steps/record-trace-event"
import { assertBatchOfEnterpriseStep } from "./steps/assert-ownership"

/** An enterprise adds an event to one of its own batches, under record-trace-event's rules. */
export const recordEnterpriseBatchEventWorkflow = createWorkflow(
  "record-enterprise-trace-event",
  (input: RecordTraceEventInput & { enterprise_id: string }) => {
    assertBatchOfEnterpriseStep(input)
    // The event record has no enterprise field; the step saves what it is given.
    const event = transform({ input }, ({ input }): RecordTraceEventInput => {
      const { enterprise_id: _enterprise, ...rest } = input
      return rest
    })
    return new WorkflowResponse(recordTraceEventWorkflow.runAsStep({ input: event }))
  }
)
