/**
 * Commission rates: the API and the database keep whole basis points (500 = 5 %); people enter
 * and read percentages with at most two decimals. 1 % = 100 bps, so two decimals are exact.
 */
export const MAX_COMMISSION_BPS = 10_000

/** `500` → `"5.00"` (always two decimals, no sign, no unit). */
export function bpsToPercent(bps: number): string {
  return (bps / 100).toFixed(2)
}

/**
 * A typed percentage (`"5"`, `"5.5"`, `"12.25"`, `"5,5"`, with or without `%`) → basis points, or
 * null when it is not a number from 0 to 100 with at most two decimals.
 */
export function percentToBps(input: string): number | null {
  const text = input.trim().replace(/[%％]$/, "").trim().replace(",", ".")
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(text)) return null
  const [whole = "0", fraction = ""] = text.split(".")
  const bps = Number(whole) * 100 + Number(fraction.padEnd(2, "0"))
  return bps <= MAX_COMMISSION_BPS ? bps : null
}
