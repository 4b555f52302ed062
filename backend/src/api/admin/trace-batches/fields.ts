/** What staff screens show of a batch: its record plus the variant, enterprise and base it links to. */
export const TRACE_BATCH_FIELDS = [
  "id", "gtin", "lot", "produced_on", "quantity", "inspection_mg_per_kg", "inspection_lab", "inspected_on", "created_at",
  "product_variant.id", "product_variant.title", "product_variant.product.id", "product_variant.product.title",
  "enterprise.id", "enterprise.name", "enterprise_base.id", "enterprise_base.name", "enterprise_base.county",
]

type BatchRow = { product_variant?: unknown; enterprise?: unknown; enterprise_base?: unknown } & Record<string, unknown>

/** Names the linked records the way the admin API documents them (variant, enterprise, base). */
export function toAdminBatch({ product_variant, enterprise, enterprise_base, ...batch }: BatchRow) {
  return { ...batch, variant: product_variant ?? null, enterprise: enterprise ?? null, base: enterprise_base ?? null }
}
