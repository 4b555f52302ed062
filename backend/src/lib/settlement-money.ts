import { MathBN } from "@medusajs/framework/utils"

/**
 * Settlement money is counted in integer fen (0.01 CNY): sums of floats drift, sums of integers
 * do not. Medusa keeps amounts in major units with arbitrary precision (BigNumber), so each amount
 * is converted to fen once, here, and everything after is integer arithmetic.
 */

// bignumber.js rounding mode ROUND_HALF_UP: 0.005 → 0.01 (the usual 四舍五入).
const ROUND_HALF_UP = 4

/** A Medusa amount (number, numeric string or BigNumber value) in whole fen, half-up. */
export function toFen(amount: Parameters<typeof MathBN.convert>[0]): number {
  const fen = MathBN.mult(MathBN.convert(amount), 100).integerValue(ROUND_HALF_UP).toNumber()
  if (!Number.isSafeInteger(fen)) throw new RangeError(`amount ${String(amount)} is out of range`)
  return fen
}

/**
 * The platform's commission on `grossFen` at `bps` basis points, rounded half-up to the fen:
 * exact integer arithmetic, (gross × bps + 5000) div 10000. Rounded once per enterprise and
 * period (on the period's gross), never per order, so a report's lines add up to its total.
 * A negative gross (refunds larger than sales) rounds symmetrically, half away from zero.
 */
export function commissionFen(grossFen: number, bps: number): number {
  if (!Number.isSafeInteger(grossFen)) throw new RangeError("gross must be a whole number of fen")
  if (!Number.isInteger(bps) || bps < 0 || bps > 10000) throw new RangeError("commission must be 0–10000 basis points")
  const product = BigInt(Math.abs(grossFen)) * BigInt(bps)
  const rounded = Number((product + 5000n) / 10000n)
  return grossFen < 0 ? -rounded : rounded
}

/** Fen as a decimal string with two places ("26600" → "266.00"), for JSON and CSV alike. */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? "-" : ""
  const abs = Math.abs(fen)
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`
}

/** What an enterprise is owed for a period: gross less the commission, all in fen. */
export function settle(grossFen: number, bps: number): { gross: number; commission: number; owed: number } {
  const commission = commissionFen(grossFen, bps)
  return { gross: grossFen, commission, owed: grossFen - commission }
}
