import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { caseNumber, chinaDay, REPORT_LIMITS, reportWindow } from "@seleno/domain"
import ReportCase from "./models/report-case"
import ReportCaseEntry from "./models/report-case-entry"
import ReportCounter from "./models/report-counter"

export interface ReportCaseModuleOptions {
  /** Reports one network may file per hour window. */
  perNetworkPerHour?: number
}

export type ThrottleVerdict = { allowed: true; count: number } | { allowed: false; count: number; retryAfterSeconds: number }

export default class ReportCaseModuleService extends MedusaService({ ReportCase, ReportCaseEntry, ReportCounter }) {
  protected readonly perNetworkPerHour: number

  constructor(container: Record<string, unknown>, options?: ReportCaseModuleOptions) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.perNetworkPerHour = options?.perNetworkPerHour ?? REPORT_LIMITS.perNetworkPerHour
  }

  /**
   * Adds one to a counter and answers its new value, in one statement, so two backend processes
   * counting at once can never read the same value.
   */
  @InjectManager()
  protected async bump(id: string, expiresAt: Date | null, @MedusaContext() sharedContext: Context<SqlEntityManager> = {}): Promise<number> {
    const [row] = (await sharedContext.manager!.execute(
      `insert into "report_counter" ("id", "value", "expires_at") values (?, 1, ?)
       on conflict ("id") do update set "value" = "report_counter"."value" + 1, "updated_at" = now()
       returning "value"`,
      [id, expiresAt]
    )) as { value: number }[]
    return Number(row!.value)
  }

  @InjectManager()
  protected async sweepExpiredCounters(at: Date, @MedusaContext() sharedContext: Context<SqlEntityManager> = {}): Promise<void> {
    await sharedContext.manager!.execute(`delete from "report_counter" where "expires_at" < ?`, [at])
  }

  /** The next case number of the China day `at` falls on: JB-20261206-0001, -0002 … Numbers of failed reports are skipped. */
  async nextCaseNumber(at: Date = new Date()): Promise<string> {
    const day = chinaDay(at)
    return caseNumber(day, await this.bump(`day:${day}`, null))
  }

  /**
   * Counts one report against a network's hour window and says whether it may go ahead. The first
   * report of a window also sweeps windows that have ended, so the table stays small.
   */
  async admitReport(network: string, at: Date = new Date()): Promise<ThrottleVerdict> {
    const { startsAt, retryAfterSeconds } = reportWindow(at)
    const ends = new Date(startsAt.getTime() + REPORT_LIMITS.windowMs)
    const count = await this.bump(`net:${network}:${startsAt.toISOString()}`, ends)
    if (count === 1) await this.sweepExpiredCounters(at)
    return count <= this.perNetworkPerHour ? { allowed: true, count } : { allowed: false, count, retryAfterSeconds }
  }
}
