import type { BatchVoidedBy, StaffBatchVoid } from "@seleno/domain"

/** What staff screens show of a batch: its record plus the variant, enterprise and base it links to. */
export const TRACE_BATCH_FIELDS = [
  "id", "gtin", "lot", "produced_on", "quantity", "inspection_mg_per_kg", "inspection_lab", "inspected_on", "created_at",
  "voided_at", "void_reason", "voided_by", "voided_by_type",
  "product_variant.id", "product_variant.title", "product_variant.product.id", "product_variant.product.title",
  "enterprise.id", "enterprise.name", "enterprise_base.id", "enterprise_base.name", "enterprise_base.county",
]

type BatchRow = {
  product_variant?: unknown
  enterprise?: unknown
  enterprise_base?: unknown
  voided_at?: Date | string | null
  void_reason?: string | null
  voided_by?: string | null
  voided_by_type?: BatchVoidedBy | null
} & Record<string, unknown>

/**
 * Names the linked records the way the admin API documents them (variant, enterprise, base) and
 * gathers a withdrawal into `voided` (null while the batch stands).
 */
export function toAdminBatch({ product_variant, enterprise, enterprise_base, voided_at, void_reason, voided_by, voided_by_type, ...batch }: BatchRow) {
  const voided: StaffBatchVoid | null = voided_at
    ? { voided_at: new Date(voided_at).toISOString(), reason: void_reason ?? "", voided_by: voided_by ?? "", voided_by_type: voided_by_type ?? "staff" }
    : null
  return { ...batch, variant: product_variant ?? null, enterprise: enterprise ?? null, base: enterprise_base ?? null, voided }
}
