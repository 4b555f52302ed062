/**
 * Money rules shared by after-sales (what a return refunds) and settlement (what it deducts).
 * Everything is integer fen; one rule, so the refund paid and the refund deducted cannot differ.
 */

/**
 * The refund for returning `returning` more units of a line whose `quantity` units were paid
 * `totalFen` together, after `alreadyReturned` units came back before. Cumulative rounding: the
 * refunds of a line's returns always add up to exactly what was paid for the units returned, and
 * returning every unit refunds the whole line to the fen.
 */
export function refundFenForUnits(line: { totalFen: number; quantity: number }, alreadyReturned: number, returning: number): number {
  const { totalFen, quantity } = line
  if (!Number.isSafeInteger(totalFen) || totalFen < 0) throw new RangeError("a line total must be a whole, non-negative number of fen")
  if (!Number.isInteger(quantity) || quantity <= 0) throw new RangeError("a line quantity must be a positive whole number")
  if (!Number.isInteger(alreadyReturned) || alreadyReturned < 0) throw new RangeError("returned units must be a whole, non-negative number")
  if (!Number.isInteger(returning) || returning <= 0) throw new RangeError("a return must take back at least one unit")
  if (alreadyReturned + returning > quantity) throw new RangeError("cannot return more units than were bought")
  const upTo = (units: number) => Math.round((totalFen * units) / quantity)
  return upTo(alreadyReturned + returning) - upTo(alreadyReturned)
}
