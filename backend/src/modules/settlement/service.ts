import type { Context } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { SettlementErrorCode, SettlementStatementView, SettlementSummaryView } from "@seleno/domain"
import SettlementEntry from "./models/settlement-entry"
import SettlementStatement from "./models/settlement-statement"

/** The enterprise and days a statement covers, typed from the views it is read back into so the two stay in step. */
type StatementPeriod = Pick<SettlementStatementView, "enterprise_id" | "period_from" | "period_to">

export interface CloseStatementInput extends StatementPeriod {
  closed_by: string
  commission_bps: SettlementSummaryView["commission_bps"]
  totals: Omit<SettlementSummaryView, "commission_bps">
  /** The open entries the statement claims, exactly as its totals were computed from. */
  entry_ids: string[]
}

export interface MarkStatementPaidInput extends StatementPeriod {
  payout_reference: NonNullable<SettlementStatementView["payout_reference"]>
  paid_by: string
}

// NOT_ALLOWED (400) keeps the message: Medusa answers CONFLICT with a generic retry text.
function refusal(type: string, code: SettlementErrorCode, message: string): MedusaError {
  return new MedusaError(type, message, code)
}

export default class SettlementModuleService extends MedusaService({ SettlementEntry, SettlementStatement }) {
  /**
   * Freezes a period for one enterprise: the statement is stored with its totals and claims its
   * entries, in one transaction. A period that overlaps a closed one is refused, and so is an
   * entry claimed meanwhile by another close (the totals would no longer be its sum).
   */
  @InjectTransactionManager()
  async closeStatement(input: CloseStatementInput, @MedusaContext() sharedContext: Context<SqlEntityManager> = {}) {
    const manager = sharedContext.transactionManager!
    // One close per enterprise at a time: the overlap check and the claim must not interleave.
    await manager.execute("select pg_advisory_xact_lock(hashtext(?))", [`settlement:${input.enterprise_id}`])
    const overlapping = (await manager.execute(
      `select period_from, period_to from settlement_statement
        where enterprise_id = ? and deleted_at is null and period_from <= ? and period_to >= ? limit 1`,
      [input.enterprise_id, input.period_to, input.period_from]
    )) as { period_from: string; period_to: string }[]
    const clash = overlapping[0]
    if (clash) {
      const same = clash.period_from === input.period_from && clash.period_to === input.period_to
      throw same
        ? refusal(MedusaError.Types.NOT_ALLOWED, "period_already_closed", `The period ${input.period_from} – ${input.period_to} is already closed for this enterprise; its statement is frozen.`)
        : refusal(
            MedusaError.Types.NOT_ALLOWED,
            "period_overlaps_closed",
            `The period ${input.period_from} – ${input.period_to} overlaps the closed period ${clash.period_from} – ${clash.period_to}; choose days after it.`
          )
    }
    const [statement] = await this.createSettlementStatements(
      [
        {
          enterprise_id: input.enterprise_id,
          period_from: input.period_from,
          period_to: input.period_to,
          status: "closed" as const,
          commission_bps: input.commission_bps,
          ...input.totals,
          closed_at: new Date(),
          closed_by: input.closed_by,
        },
      ],
      sharedContext
    )
    if (input.entry_ids.length) {
      // The statement row must exist before entries point at it (the ORM defers inserts to commit).
      await manager.flush()
      const claimed = (await manager.execute(
        `update settlement_entry set statement_id = ?, updated_at = now()
          where id in (${input.entry_ids.map(() => "?").join(",")}) and statement_id is null and deleted_at is null returning id`,
        [statement!.id, ...input.entry_ids]
      )) as { id: string }[]
      if (claimed.length !== input.entry_ids.length) {
        throw refusal(MedusaError.Types.NOT_ALLOWED, "period_already_closed", "Another close claimed some of these entries meanwhile; reload and close again.")
      }
    }
    return statement!
  }

  /** Records the payout of a closed statement; an open or already paid one is refused. */
  @InjectTransactionManager()
  async markStatementPaid(
    input: MarkStatementPaidInput,
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ) {
    const [statement] = await this.listSettlementStatements(
      { enterprise_id: input.enterprise_id, period_from: input.period_from, period_to: input.period_to },
      { take: 1 },
      sharedContext
    )
    if (!statement) {
      throw refusal(MedusaError.Types.NOT_ALLOWED, "period_open", `The period ${input.period_from} – ${input.period_to} is still open for this enterprise; close it before marking it paid.`)
    }
    if (statement.status === "paid") {
      throw refusal(MedusaError.Types.NOT_ALLOWED, "already_paid", `This statement was already marked paid (reference ${statement.payout_reference}).`)
    }
    return await this.updateSettlementStatements(
      { id: statement.id, status: "paid" as const, paid_at: new Date(), paid_by: input.paid_by, payout_reference: input.payout_reference },
      sharedContext
    )
  }
}
