import { MedusaService } from "@medusajs/framework/utils"
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
    let scans = await this.listPackageScans({ package_serial_id: serialId }, { select: ["visitor_hash", "place", "scanned_at"], order: { scanned_at: "ASC" } })
    const windowStart = at.getTime() - this.policy.dedupeMinutes * 60_000
    const repeat = visitor && scans.some((s) => s.visitor_hash === visitor.hash && new Date(s.scanned_at).getTime() >= windowStart)
    const counted = Boolean(visitor && !repeat)
    if (counted && visitor) {
      await this.createPackageScans({ package_serial_id: serialId, visitor_hash: visitor.hash, place: visitor.place, scanned_at: at })
      scans = [...scans, { visitor_hash: visitor.hash, place: visitor.place, scanned_at: at } as (typeof scans)[number]]
    }
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
