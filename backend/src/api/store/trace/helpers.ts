import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { isValidGtin } from "@seleno/domain"
import { TRACEABILITY_MODULE } from "../../../modules/traceability"
import type TraceabilityModuleService from "../../../modules/traceability/service"

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

export async function findSerial(scope: MedusaContainer, key: { gtin: string; lot: string; serial?: string }) {
  const trace = scope.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
  const [batch] = await trace.listTraceBatches({ gtin: key.gtin, lot: key.lot }, { select: ["id"] })
  const [serial] = batch ? await trace.listPackageSerials({ batch_id: batch.id, serial: key.serial }, { select: ["id", "serial", "flagged_at"] }) : []
  if (!serial) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No package ${key.serial} in lot ${key.lot} of ${key.gtin}`)
  return { trace, serial }
}
