import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordTraceEventStep, type RecordTraceEventInput } from "./steps/record-trace-event"

export const recordTraceEventWorkflow = createWorkflow("record-trace-event", (input: RecordTraceEventInput) => {
  return new WorkflowResponse(recordTraceEventStep(input))
})
