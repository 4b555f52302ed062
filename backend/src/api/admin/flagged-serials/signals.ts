import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { FLAGGED_SIGNAL_STATES, type CounterfeitReason, type SerialSignalState, type StaffSerialSignal } from "@seleno/domain"
import { TRACEABILITY_MODULE } from "../../../modules/traceability"
import type TraceabilityModuleService from "../../../modules/traceability/service"

/** The review list is a work queue, not an archive. */
const LIST_LIMIT = 200

const iso = (date: Date | string | null) => (date ? new Date(date).toISOString() : null)

type BatchNames = { id: string; gtin: string; lot: string; product_variant: { product: { title: string } | null } | null; enterprise: { name: string } | null }

/**
 * Suspicious and confirmed serials with their evidence (counters and where their scans came from),
 * most recently changed first; `batchIds` narrows the list to one enterprise's batches, `ids` to given serials.
 */
export async function listSerialSignals(
  scope: MedusaContainer,
  filters: { states?: readonly SerialSignalState[]; batchIds?: string[]; ids?: string[] }
): Promise<StaffSerialSignal[]> {
  if (filters.batchIds?.length === 0 || filters.ids?.length === 0) return []
  const trace = scope.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
  const serials = await trace.listPackageSerials(
    {
      signal_state: [...(filters.states ?? FLAGGED_SIGNAL_STATES)],
      ...(filters.batchIds ? { batch_id: filters.batchIds } : {}),
      ...(filters.ids ? { id: filters.ids } : {}),
    },
    { order: { updated_at: "DESC" }, take: LIST_LIMIT }
  )
  if (serials.length === 0) return []
  const batchIds = [...new Set(serials.map((s) => s.batch_id))]
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "trace_batch",
    fields: ["id", "gtin", "lot", "product_variant.product.title", "enterprise.name"],
    filters: { id: batchIds },
  })
  const batches = new Map((data as unknown as BatchNames[]).map((b) => [b.id, b]))
  const places = await trace.scanPlacesOf(serials.map((s) => s.id))
  return serials.map((s) => {
    const batch = batches.get(s.batch_id)
    return {
      id: s.id,
      serial: s.serial,
      state: s.signal_state,
      reasons: (s.signal_reasons as CounterfeitReason[] | null) ?? [],
      suspected_at: iso(s.suspected_at),
      reviewed_at: iso(s.reviewed_at),
      reviewed_by: s.reviewed_by,
      review_note: s.review_note,
      evidence: {
        scan_count: s.scan_count,
        network_count: s.network_count,
        scans_since_review: s.scan_count - s.baseline_scan_count,
        networks_since_review: s.network_count - s.baseline_network_count,
        first_scanned_at: iso(s.first_scanned_at),
        last_scanned_at: iso(s.last_scanned_at),
        places: places.get(s.id) ?? [],
      },
      batch: {
        id: s.batch_id,
        gtin: batch?.gtin ?? "",
        lot: batch?.lot ?? "",
        product_title: batch?.product_variant?.product?.title ?? null,
        enterprise_name: batch?.enterprise?.name ?? null,
      },
    }
  })
}
