import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { isValidGtin, type PublicScanSummary } from "@seleno/domain"
import { TRACEABILITY_MODULE } from "../../../modules/traceability"
import type TraceabilityModuleService from "../../../modules/traceability/service"
import type { ScanSummary } from "../../../modules/traceability/service"

/** GS1 application identifiers 10 (lot) and 21 (serial): up to 20 printable characters. */
const GS1_TEXT = /^[!-z]{1,20}$/

/** Checks the GS1 Digital Link key parts of a request, naming the one that is malformed. */
export function parseTraceKey(params: Record<string, string | undefined>): { gtin: string; lot: string; serial?: string } {
  const { gtin = "", lot = "", serial } = params
  if (!(gtin.length === 14 && isValidGtin(gtin))) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `gtin "${gtin}" must be 14 digits ending in a valid GS1 check digit`)
  }
  if (!GS1_TEXT.test(lot)) throw new MedusaError(MedusaError.Types.INVALID_DATA, `lot "${lot}" must be 1–20 printable characters`)
  if (serial !== undefined && !GS1_TEXT.test(serial)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `serial "${serial}" must be 1–20 printable characters`)
  }
  return { gtin, lot, serial }
}

/** A package serial and its batch, found through two indexed look-ups (never the lot's serial list). */
export async function findSerial(scope: MedusaContainer, key: { gtin: string; lot: string; serial?: string }) {
  const trace = scope.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
  const [batch] = await trace.listTraceBatches({ gtin: key.gtin, lot: key.lot }, { select: ["id", "lot", "voided_at", "void_reason"] })
  const [serial] = batch ? await trace.listPackageSerials({ batch_id: batch.id, serial: key.serial }, { select: ["id", "serial"] }) : []
  if (!batch || !serial) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No package ${key.serial} in lot ${key.lot} of ${key.gtin}`)
  return { trace, serial, batch }
}

/** Scans of a withdrawn batch are not counted: its packages should no longer be on sale. */
export function refuseVoidedBatch(batch: { lot: string; voided_at: Date | string | null; void_reason: string | null }): void {
  if (!batch.voided_at) return
  throw new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    `Batch ${batch.lot} was withdrawn on ${new Date(batch.voided_at).toISOString().slice(0, 10)} (${batch.void_reason ?? ""}); its scans are not counted`,
    "batch_voided"
  )
}

const iso = (date: Date | string | null) => (date ? new Date(date).toISOString() : null)

export function toPublicScanSummary(summary: ScanSummary): PublicScanSummary {
  return {
    counted: summary.counted,
    scan_count: summary.scan_count,
    networks: summary.networks,
    first_scanned_at: iso(summary.first_scanned_at),
    last_scanned_at: iso(summary.last_scanned_at),
    counterfeit_warning: summary.counterfeit_warning,
  }
}
