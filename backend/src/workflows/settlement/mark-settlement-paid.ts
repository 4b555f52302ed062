import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { enterpriseStatement } from "../../lib/settlement-statement"
import { toPeriod } from "../../lib/settlement-period"
import { SETTLEMENT_MODULE } from "../../modules/settlement"
import type SettlementModuleService from "../../modules/settlement/service"

export interface MarkSettlementPaidInput {
  enterprise_id: string
  from: string
  to: string
  payout_reference: string
  actor_id: string
}

/** Records that a closed statement's payout left, with its reference; an open or paid one is refused. */
const markPaidStep = createStep(
  "mark-settlement-statement-paid",
  async (input: MarkSettlementPaidInput, { container }) => {
    const settlement = container.resolve<SettlementModuleService>(SETTLEMENT_MODULE)
    const paid = await settlement.markStatementPaid({
      enterprise_id: input.enterprise_id,
      period_from: input.from,
      period_to: input.to,
      payout_reference: input.payout_reference,
      paid_by: input.actor_id,
    })
    const statement = await enterpriseStatement(container, input.enterprise_id, toPeriod(input))
    return new StepResponse(statement, paid.id)
  },
  async (statementId, { container }) => {
    if (!statementId) return
    await container
      .resolve<SettlementModuleService>(SETTLEMENT_MODULE)
      .updateSettlementStatements({ id: statementId, status: "closed" as const, paid_at: null, paid_by: null, payout_reference: null })
  }
)

export const markSettlementPaidWorkflow = createWorkflow("mark-settlement-paid", (input: MarkSettlementPaidInput) => {
  return new WorkflowResponse(markPaidStep(input))
})
