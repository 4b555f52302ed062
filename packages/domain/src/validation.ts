/**
 * A request body the API refused field by field: the code every client words itself, with the
 * field (its path, "variants.0.price") in `params.field`, so no validator's English reaches a
 * Chinese screen.
 */
export const INVALID_FIELD_CODE = "invalid_field"

/** The field a refusal names, without list positions ("variants.0.price" → "price"). */
export function refusedFieldName(path: string | undefined): string | undefined {
  if (!path) return undefined
  const names = path.split(".").filter((part) => !/^\d+$/.test(part))
  return names[names.length - 1]
}
