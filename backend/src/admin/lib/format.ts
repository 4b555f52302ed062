/**
 * Dates: the platform's certificates, authorizations and batches are dated in China, so the admin
 * shows and enters them in China time (UTC+8) whatever the browser's own time zone is.
 */
const CHINA = "Asia/Shanghai"

const dayFormat = new Intl.DateTimeFormat("en-CA", { timeZone: CHINA, year: "numeric", month: "2-digit", day: "2-digit" })
const timeFormat = new Intl.DateTimeFormat("en-CA", { timeZone: CHINA, hour: "2-digit", minute: "2-digit", hourCycle: "h23" })

function toDate(value: string | Date | null | undefined): Date | null {
  if (!value) return null
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

/** `2026-03-31`, or "—" when there is no date. */
export function formatDay(value: string | Date | null | undefined): string {
  const date = toDate(value)
  return date ? dayFormat.format(date) : "—"
}

/** `2026-03-31 14:05`, or "—". */
export function formatDateTime(value: string | Date | null | undefined): string {
  const date = toDate(value)
  return date ? `${dayFormat.format(date)} ${timeFormat.format(date)}` : "—"
}

/** `2026-01-01 – 2027-12-31` */
export function formatRange(from: string | null | undefined, until: string | null | undefined): string {
  return `${formatDay(from)} – ${formatDay(until)}`
}

/** A date input's `YYYY-MM-DD` as the start of that day in China. */
export function startOfDay(day: string): string {
  return `${day}T00:00:00+08:00`
}

/** A date input's `YYYY-MM-DD` as the last second of that day in China (for "valid until"). */
export function endOfDay(day: string): string {
  return `${day}T23:59:59+08:00`
}

/** A datetime-local input's `YYYY-MM-DDTHH:mm` as that moment in China. */
export function chinaDateTime(local: string): string {
  return `${local.length === 16 ? `${local}:00` : local}+08:00`
}

/** Today in China as `YYYY-MM-DD`, for date inputs' defaults. */
export function todayInChina(): string {
  return dayFormat.format(new Date())
}

/** Now in China as `YYYY-MM-DDTHH:mm`, for datetime-local defaults. */
export function nowInChina(): string {
  const now = new Date()
  return `${dayFormat.format(now)}T${timeFormat.format(now)}`
}

/** `"a, b，c"` → `["a", "b", "c"]`: commas in either script, blanks dropped. */
export function splitList(value: string): string[] {
  return value
    .split(/[,，、]/)
    .map((part) => part.trim())
    .filter(Boolean)
}

/** Optional text field: blank means "not given". */
export function optionalText(value: string): string | undefined {
  const trimmed = value.trim()
  return trimmed ? trimmed : undefined
}

/** Optional number field: blank means "not given"; anything else goes as typed (the API checks it). */
export function optionalNumber(value: string): number | undefined {
  const trimmed = value.trim()
  return trimmed === "" ? undefined : Number(trimmed)
}

export function formatMgPerKg(value: number | null | undefined): string {
  return value === null || value === undefined ? "—" : `${value} mg/kg`
}
