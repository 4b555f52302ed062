import type { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectManager, InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import {
  counterfeitReasons,
  DEFAULT_SCAN_POLICY,
  rateWindowStart,
  secondsUntilNextWindow,
  showsCounterfeitWarning,
  signalAfterScan,
  type CounterfeitReason,
  type ScanPolicy,
  type SerialSignalState,
} from "@seleno/domain"
import PackageScan from "./models/package-scan"
import PackageSerial from "./models/package-serial"
import ScanNetworkQuota from "./models/scan-network-quota"
import TraceBatch from "./models/trace-batch"
import TraceEvent from "./models/trace-event"

/** A serial's scan counters as this service reads them (one row, never its scans). */
export interface SerialCounters {
  id: string
  scan_count: number
  network_count: number
  baseline_scan_count: number
  baseline_network_count: number
  first_scanned_at: Date | null
  last_scanned_at: Date | null
  signal_state: SerialSignalState
  signal_reasons: CounterfeitReason[] | null
  suspected_at: Date | null
}

export interface ScanSummary {
  counted: boolean
  scan_count: number
  networks: number
  first_scanned_at: Date | null
  last_scanned_at: Date | null
  counterfeit_warning: boolean
}

/** A visit to count: the visitor's network, and the place it counts in (the network unless given). */
export interface ScanVisit {
  network: string
  place?: string
}

export type ScanOutcome = { limited: false; summary: ScanSummary } | { limited: true; retryAfter: number }

const COUNTER_COLUMNS = `"id", "scan_count", "network_count", "baseline_scan_count", "baseline_network_count", "first_scanned_at", "last_scanned_at", "signal_state", "signal_reasons", "suspected_at"`

type Manager = Context<SqlEntityManager>

export default class TraceabilityModuleService extends MedusaService({ TraceBatch, TraceEvent, PackageSerial, PackageScan, ScanNetworkQuota }) {
  protected readonly policy: ScanPolicy

  constructor(container: Record<string, unknown>, options?: Partial<ScanPolicy>) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.policy = { ...DEFAULT_SCAN_POLICY, ...(options ?? {}) }
  }

  /**
   * Counts a scan of a serial, in constant work: one indexed look-up of this network's latest scan
   * of the serial decides de-duplication (within the window) and "new network" (never before);
   * the network's hourly quota is taken atomically; one evidence row is added and the serial's
   * counters and signal state are updated under a row lock, so parallel scans cannot lose a count.
   * Beyond the quota nothing is counted and the caller learns when to retry.
   */
  @InjectTransactionManager()
  async recordScan(serialId: string, visit: ScanVisit, at: Date = new Date(), @MedusaContext() context: Manager = {}): Promise<ScanOutcome> {
    const manager = context.transactionManager!
    const serial = await this.lockCounters(manager, serialId)
    const [latest] = await manager.execute<{ scanned_at: Date }[]>(
      `select "scanned_at" from "package_scan" where "package_serial_id" = ? and "network" = ? and "deleted_at" is null order by "scanned_at" desc limit 1`,
      [serialId, visit.network]
    )
    if (latest && new Date(latest.scanned_at).getTime() >= this.windowStart(at)) return { limited: false, summary: summarize(serial, false) }
    if (!(await this.takeQuota(manager, visit.network, at))) return { limited: true, retryAfter: secondsUntilNextWindow(at) }

    await manager.execute(`insert into "package_scan" ("id", "package_serial_id", "network", "place", "scanned_at") values (?, ?, ?, ?, ?)`, [
      generateEntityId(undefined, "pscan"),
      serialId,
      visit.network,
      visit.place ?? visit.network,
      at,
    ])
    const next: SerialCounters = {
      ...serial,
      scan_count: serial.scan_count + 1,
      network_count: serial.network_count + (latest ? 0 : 1),
      first_scanned_at: serial.first_scanned_at ?? at,
      last_scanned_at: serial.last_scanned_at && serial.last_scanned_at > at ? serial.last_scanned_at : at,
    }
    const reasons = counterfeitReasons(next, this.policy)
    const state = signalAfterScan(serial.signal_state, reasons)
    if (state !== serial.signal_state) Object.assign(next, { signal_state: state, signal_reasons: reasons, suspected_at: at })
    await manager.execute(
      `update "package_serial" set "scan_count" = ?, "network_count" = ?, "first_scanned_at" = ?, "last_scanned_at" = ?, "signal_state" = ?, "signal_reasons" = ?::jsonb, "suspected_at" = ?, "updated_at" = now() where "id" = ?`,
      [next.scan_count, next.network_count, next.first_scanned_at, next.last_scanned_at, next.signal_state, next.signal_reasons ? JSON.stringify(next.signal_reasons) : null, next.suspected_at, serialId]
    )
    return { limited: false, summary: summarize(next, true) }
  }

  /**
   * Moves this network's own scan of the serial within the de-duplication window to a place the
   * visitor chose to share: a location tells more than a network prefix. It never adds a scan or a
   * network, so sharing cannot move a count or a threshold.
   */
  @InjectManager()
  async shareScanPlace(serialId: string, network: string, place: string, at: Date = new Date(), @MedusaContext() context: Manager = {}): Promise<ScanSummary> {
    const manager = context.manager!
    const moved = await manager.execute(
      `update "package_scan" set "place" = ?, "updated_at" = now() where "id" = (
         select "id" from "package_scan" where "package_serial_id" = ? and "network" = ? and "scanned_at" >= ? and "deleted_at" is null
         order by "scanned_at" desc limit 1
       ) returning "id"`,
      [place, serialId, network, new Date(this.windowStart(at))]
    )
    if (moved.length === 0) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `A location can only be added to a scan from your network in the last ${this.policy.dedupeMinutes / 60} hours: open the package's trace page first, then share it.`
      )
    }
    return this.scanSummary(serialId, context)
  }

  /** The serial's public scan summary, read from its counters without counting anything. */
  @InjectManager()
  async scanSummary(serialId: string, @MedusaContext() context: Manager = {}): Promise<ScanSummary> {
    const [serial] = await context.manager!.execute<SerialCounters[]>(`select ${COUNTER_COLUMNS} from "package_serial" where "id" = ? and "deleted_at" is null`, [serialId])
    if (!serial) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Package serial ${serialId} was not found`)
    return summarize(serial, false)
  }

  /** Where the serials' scans came from, most scans first (at most `limit` places each): staff evidence. */
  @InjectManager()
  async scanPlacesOf(serialIds: string[], limit = 10, @MedusaContext() context: Manager = {}): Promise<Map<string, { place: string; scans: number }[]>> {
    const result = new Map<string, { place: string; scans: number }[]>()
    if (serialIds.length === 0) return result
    const rows = await context.manager!.execute<{ package_serial_id: string; place: string; scans: string }[]>(
      `select "package_serial_id", "place", "scans" from (
         select "package_serial_id", "place", count(*) as "scans",
                row_number() over (partition by "package_serial_id" order by count(*) desc, "place") as "rank"
         from "package_scan" where "package_serial_id" in (?) and "deleted_at" is null group by "package_serial_id", "place"
       ) ranked where "rank" <= ? order by "package_serial_id", "rank"`,
      [serialIds, limit]
    )
    for (const row of rows) result.set(row.package_serial_id, [...(result.get(row.package_serial_id) ?? []), { place: row.place, scans: Number(row.scans) }])
    return result
  }

  private async lockCounters(manager: SqlEntityManager, serialId: string): Promise<SerialCounters> {
    const [serial] = await manager.execute<SerialCounters[]>(`select ${COUNTER_COLUMNS} from "package_serial" where "id" = ? and "deleted_at" is null for update`, [serialId])
    if (!serial) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Package serial ${serialId} was not found`)
    return serial
  }

  /**
   * Takes one of the network's counted scans of this clock hour, or answers false when it has used
   * them all. One statement: the row of the network is created, bumped, or restarted for a new
   * hour, and a full quota leaves it untouched, so concurrent instances cannot overshoot.
   */
  private async takeQuota(manager: SqlEntityManager, network: string, at: Date): Promise<boolean> {
    const taken = await manager.execute(
      `insert into "scan_network_quota" ("id", "network", "window_start", "count") values (?, ?, ?, 1)
       on conflict ("network") where "deleted_at" is null do update set
         "count" = case when "scan_network_quota"."window_start" = excluded."window_start" then "scan_network_quota"."count" + 1 else 1 end,
         "window_start" = excluded."window_start",
         "updated_at" = now()
       where "scan_network_quota"."window_start" <> excluded."window_start" or "scan_network_quota"."count" < ?
       returning "count"`,
      [generateEntityId(undefined, "scnq"), network, rateWindowStart(at), this.policy.networkScansPerHour]
    )
    return taken.length > 0
  }

  private windowStart(at: Date): number {
    return at.getTime() - this.policy.dedupeMinutes * 60_000
  }
}

function summarize(serial: SerialCounters, counted: boolean): ScanSummary {
  return {
    counted,
    scan_count: serial.scan_count,
    networks: serial.network_count,
    first_scanned_at: serial.first_scanned_at,
    last_scanned_at: serial.last_scanned_at,
    counterfeit_warning: showsCounterfeitWarning(serial.signal_state),
  }
}
