/** Validation of Chinese contact data: mainland mobile numbers, postal codes, e-mail. */
const MOBILE = /^1[3-9]\d{9}$/

/** Strips spaces, dashes and a +86/0086 prefix; returns the 11-digit number or null. */
export function normalizeChineseMobile(input: string): string | null {
  const compact = input.replace(/[\s-]/g, "").replace(/^(\+86|0086)/, "")
  return MOBILE.test(compact) ? compact : null
}

export function isChineseMobile(input: string): boolean {
  return normalizeChineseMobile(input) !== null
}

/** Mainland postal codes are six digits; the first (the postal zone) runs 0–8. */
export function isChinesePostalCode(input: string): boolean {
  return /^[0-8]\d{5}$/.test(input.trim())
}

export function isEmail(input: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(input.trim())
}
