/** Parses a quantity field: a whole number from 1 to `max`, otherwise null. */
export function parseQuantity(value: FormDataEntryValue | null | undefined, max: number): number | null {
  const text = typeof value === "string" ? value.trim() : ""
  if (!/^\d+$/.test(text)) return null
  const quantity = Number(text)
  return quantity >= 1 && quantity <= max ? quantity : null
}
