/** Handles are used in storefront paths (/live/<handle>). */
export const LIVE_SESSION_HANDLE = /^[a-z0-9]+(-[a-z0-9]+)*$/

/** Why `value` cannot be a link shoppers open, or undefined when it can (http or https only). */
export function webUrlProblem(field: string, value: string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return `${field}: "${value}" is not a web address; give a full http:// or https:// link`
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return `${field}: only http:// or https:// links can be opened by shoppers`
  return undefined
}

/** Why a session cannot run from `starts_at` to `ends_at`, or undefined when it can. */
export function sessionWindowProblem(starts_at: Date | string, ends_at: Date | string): string | undefined {
  const start = new Date(starts_at).getTime()
  const end = new Date(ends_at).getTime()
  if (Number.isNaN(start)) return "starts_at: not a date"
  if (Number.isNaN(end)) return "ends_at: not a date"
  if (end <= start) return "ends_at: a session must end after it starts"
  return undefined
}
