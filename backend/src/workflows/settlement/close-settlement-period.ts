import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { SETTLEMENT_CLOSED } from "../../lib/events"
import { closeEnterprisePeriod } from "../../lib/settlement-statement"
import { toPeriod } from "../../lib/settlement-period"
import { SETTLEMENT_MODULE } from "../../modules/settlement"
import type SettlementModuleService from "../../modules/settlement/service"

export interface CloseSettlementPeriodInput {
  enterprise_id: string
  from: string
  to: string
  actor_id: string
}

/**
 * Freezes an enterprise's statement for a period: refunds received so far are brought into the
 * ledger, and the open statement's entries are claimed by a stored statement (see the module
 * service for the overlap and concurrency refusals). Compensation reopens the period.
 */
const closeStatementStep = createStep(
  "close-settlement-statement",
  async (input: CloseSettlementPeriodInput, { container }) => {
    const statement = await closeEnterprisePeriod(container, input.enterprise_id, toPeriod(input), input.actor_id)
    if (!statement) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Enterprise with id ${input.enterprise_id} was not found`)
    return new StepResponse(statement, statement.id)
  },
  async (statementId, { container }) => {
    if (!statementId) return
    const settlement = container.resolve<SettlementModuleService>(SETTLEMENT_MODULE)
    const entries = await settlement.listSettlementEntries({ statement_id: statementId }, { select: ["id"], take: null })
    if (entries.length) await settlement.updateSettlementEntries(entries.map((e) => ({ id: e.id, statement_id: null })))
    await settlement.deleteSettlementStatements([statementId])
  }
)

export const closeSettlementPeriodWorkflow = createWorkflow("close-settlement-period", (input: CloseSettlementPeriodInput) => {
  const statement = closeStatementStep(input)
  emitEventStep({ eventName: SETTLEMENT_CLOSED, data: transform({ statement }, ({ statement }) => ({ id: statement.id })) })
  return new WorkflowResponse(statement)
})
