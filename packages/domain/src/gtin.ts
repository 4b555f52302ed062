/** Data-digit counts of GTIN-8, -12, -13 and -14, i.e. each length minus its check digit. */
const DATA_LENGTHS = new Set([7, 11, 12, 13])
const GTIN_LENGTHS = new Set([8, 12, 13, 14])

/** GS1 mod-10 check digit for the data digits of a GTIN-8, -12, -13 or -14. */
export function gtinCheckDigit(dataDigits: string): number {
  if (!/^\d+$/.test(dataDigits) || !DATA_LENGTHS.has(dataDigits.length)) {
    throw new RangeError(`GTIN data must be 7, 11, 12 or 13 digits, got "${dataDigits}"`)
  }
  let sum = 0
  // Weights start at 3 from the right so that every GTIN length shares one rule.
  for (let i = 0; i < dataDigits.length; i++) {
    const digit = dataDigits.charCodeAt(dataDigits.length - 1 - i) - 48
    sum += i % 2 === 0 ? digit * 3 : digit
  }
  return (10 - (sum % 10)) % 10
}

/** True for a GTIN-8, -12 (UPC-A), -13 (EAN-13) or -14 with a correct check digit; no whitespace allowed. */
export function isValidGtin(code: string): boolean {
  if (!/^\d+$/.test(code) || !GTIN_LENGTHS.has(code.length)) return false
  return gtinCheckDigit(code.slice(0, -1)) === Number(code.slice(-1))
}

/**
 * The 14-digit form GS1 Digital Link URIs use, or null when the code is not a valid GTIN.
 * A valid GTIN-14 comes back unchanged.
 */
export function toGtin14(code: string): string | null {
  return isValidGtin(code) ? code.padStart(14, "0") : null
}
