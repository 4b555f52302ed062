/** GB 32100-2015 character set: digits and capitals without I, O, S, V, Z, which are easily misread. */
const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const
const STEM = /^[0-9A-HJ-NP-RTUW-Y]{17}$/

export type CreditCodeProblem = "length" | "alphabet" | "division" | "check"

/** The 18th character of a unified social credit code (统一社会信用代码) for its first 17 characters. */
export function creditCodeCheckCharacter(first17: string): string {
  if (!STEM.test(first17)) {
    throw new RangeError(`Credit code stem must be 17 characters from ${ALPHABET}, got "${first17}"`)
  }
  let sum = 0
  WEIGHTS.forEach((weight, i) => {
    sum += ALPHABET.indexOf(first17.charAt(i)) * weight
  })
  return ALPHABET.charAt((31 - (sum % 31)) % 31)
}

/**
 * The first thing wrong with a unified social credit code, in the order a person would fix it,
 * or null when it is valid. Surrounding whitespace is ignored; lowercase counts as outside the alphabet.
 */
export function creditCodeProblem(code: string): CreditCodeProblem | null {
  const trimmed = code.trim()
  if (trimmed.length !== 18) return "length"
  if (![...trimmed].every((char) => ALPHABET.includes(char))) return "alphabet"
  if (!/^\d{6}$/.test(trimmed.slice(2, 8))) return "division"
  if (creditCodeCheckCharacter(trimmed.slice(0, 17)) !== trimmed.charAt(17)) return "check"
  return null
}

export function isValidCreditCode(code: string): boolean {
  return creditCodeProblem(code) === null
}
