/** Refusals of changing a variant's GTIN (package barcode); the portal translates each. */
export const VARIANT_GTIN_PROBLEM_CODES = ["variant_gtin_taken", "variant_gtin_batched"] as const
export type VariantGtinProblemCode = (typeof VARIANT_GTIN_PROBLEM_CODES)[number]

/**
 * Why a variant's GTIN may not become `next`, or null. Once a batch of the variant exists its QR
 * labels and trace pages carry the GTIN, so it is fixed; a GTIN names one variant in the whole store.
 */
export function variantGtinProblem(input: { current: string | null; next: string; batches: number; takenByOther: boolean }): VariantGtinProblemCode | null {
  if (input.current === input.next) return null
  if (input.batches > 0) return "variant_gtin_batched"
  return input.takenByOther ? "variant_gtin_taken" : null
}
