import { MedusaError, MedusaService } from "@medusajs/framework/utils"
import PackageScan from "./models/package-scan"
import PackageSerial from "./models/package-serial"
import TraceBatch from "./models/trace-batch"
import TraceEvent from "./models/trace-event"
import { DEFAULT_SCAN_POLICY, isFlagged, type ScanPolicy } from "./scan-policy"

export interface ScanSummary {
  counted: boolean
  scan_count: number
  first_scanned_at: Date | null
  places: number
  counterfeit_warning: boolean
}

export default class TraceabilityModuleService extends MedusaService({ TraceBatch, TraceEvent, PackageSerial, PackageScan }) {
  protected readonly policy: ScanPolicy

  constructor(container: Record<string, unknown>, options?: Partial<ScanPolicy>) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.policy = { ...DEFAULT_SCAN_POLICY, ...(options ?? {}) }
  }

  /**
   * Counts a scan of a serial unless the same visitor scanned it within the de-duplication window,
   * and flags the serial once its scans pass the policy's thresholds.
   */
  async recordScan(serialId: string, visitor: { hash: string; place: string } | null, at: Date = new Date()): Promise<ScanSummary> {
    let scans = await this.listScansOf(serialId)
    const windowStart = this.windowStart(at)
    const repeat = visitor && scans.some((s) => s.visitor_hash === visitor.hash && new Date(s.scanned_at).getTime() >= windowStart)
    const counted = Boolean(visitor && !repeat)
    if (counted && visitor) {
      await this.createPackageScans({ package_serial_id: serialId, visitor_hash: visitor.hash, place: visitor.place, scanned_at: at })
      scans = [...scans, { id: "", visitor_hash: visitor.hash, place: visitor.place, scanned_at: at } as (typeof scans)[number]]
    }
    return this.summarize(serialId, scans, counted, at)
  }

  /**
   * Replaces the network place of the visitor's latest scan (within the de-duplication window) by a
   * place the visitor chose to share: a location is more telling than a mobile network's prefix.
   * It never adds a scan, so sharing cannot inflate a count.
   */
  async shareScanPlace(serialId: string, visitorHash: string, place: string, at: Date = new Date()): Promise<ScanSummary> {
    const scans = await this.listScansOf(serialId)
    const windowStart = this.windowStart(at)
    const own = scans.filter((s) => s.visitor_hash === visitorHash && new Date(s.scanned_at).getTime() >= windowStart).at(-1)
    if (!own) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `A location can only be added to your own scan of the last ${this.policy.dedupeMinutes} minutes: open the package's trace page first, then share it.`
      )
    }
    if (own.place !== place) await this.updatePackageScans({ id: own.id, place })
    return this.summarize(serialId, scans.map((s) => (s.id === own.id ? { ...s, place } : s)), false, at)
  }

  private listScansOf(serialId: string) {
    return this.listPackageScans({ package_serial_id: serialId }, { select: ["id", "visitor_hash", "place", "scanned_at"], order: { scanned_at: "ASC" } })
  }

  private windowStart(at: Date): number {
    return at.getTime() - this.policy.dedupeMinutes * 60_000
  }

  /** The serial's scan summary; flags the serial the first time its scans pass the policy's thresholds. */
  private async summarize(serialId: string, scans: { place: string; scanned_at: Date | string }[], counted: boolean, at: Date): Promise<ScanSummary> {
    const warning = isFlagged(scans, this.policy)
    if (warning) {
      const serial = await this.retrievePackageSerial(serialId, { select: ["id", "flagged_at"] })
      if (!serial.flagged_at) await this.updatePackageSerials({ id: serialId, flagged_at: at })
    }
    return {
      counted,
      scan_count: scans.length,
      first_scanned_at: scans[0] ? new Date(scans[0].scanned_at) : null,
      places: new Set(scans.map((s) => s.place)).size,
      counterfeit_warning: warning,
    }
  }
}
