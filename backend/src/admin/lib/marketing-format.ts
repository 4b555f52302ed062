import { chinaDateTime, formatDateTime, todayInChina } from "./format"

/**
 * Campaign times are entered in China time (datetime-local inputs hold no zone) and sent as ISO
 * instants; blank stays blank so the API can name the missing field.
 */
export function localToIso(local: string): string {
  if (!local.trim()) return ""
  const date = new Date(chinaDateTime(local))
  return Number.isNaN(date.getTime()) ? local : date.toISOString()
}

/** An ISO instant as a datetime-local value in China time (`YYYY-MM-DDTHH:mm`), "" when absent. */
export function isoToLocal(iso: string | null | undefined): string {
  const text = formatDateTime(iso)
  return text === "—" ? "" : text.replace(" ", "T")
}

/** `YYYY-MM-DD` `days` calendar days before `day` (UTC arithmetic on a date-only value, so no zone drift). */
export function daysBefore(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() - days)
  return date.toISOString().slice(0, 10)
}

/** The dashboard's default range: the last 30 days in China, today included. */
export function last30Days(): { from: string; to: string } {
  const to = todayInChina()
  return { from: daysBefore(to, 29), to }
}

/** A number typed into a form: blank → undefined; otherwise as typed, so the API can refuse bad values by name. */
export function numberOrUndefined(value: string): number | undefined {
  const trimmed = value.trim()
  return trimmed === "" ? undefined : Number(trimmed)
}
