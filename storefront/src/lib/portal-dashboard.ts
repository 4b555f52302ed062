import { nameScanPlace } from "@seleno/domain"

/**
 * The dashboard's figures, read leniently from GET /enterprise/dashboard so the page renders what
 * the backend sends (snake_case keys; a few spellings accepted) and fills days without data with 0.
 */
export interface DashboardData {
  days: number
  salesByDay: { date: string; amount: number; orders: number }[]
  salesTotal: number
  ordersTotal: number
  topProducts: { id: string; title: string; quantity: number; amount: number }[]
  scansByDay: { date: string; count: number }[]
  /** Named places (county or city); `name` null is the unknown place (network prefixes included). */
  scansByPlace: { place: string; name: { zh: string; en: string } | null; count: number }[]
  expiringCertificates: { id: string; number: string; validUntil: string; product?: string }[]
  awaitingReview: { id: string; title: string }[]
  currency: string
}

type Raw = Record<string, unknown>

const obj = (value: unknown): Raw => (value && typeof value === "object" && !Array.isArray(value) ? (value as Raw) : {})
const arr = (value: unknown): Raw[] => (Array.isArray(value) ? value.map(obj) : [])
const num = (...values: unknown[]): number => {
  for (const value of values) {
    const n = typeof value === "string" ? Number(value) : value
    if (typeof n === "number" && Number.isFinite(n)) return n
  }
  return 0
}
const str = (...values: unknown[]): string => {
  for (const value of values) if (typeof value === "string" && value) return value
  return ""
}
const first = (raw: Raw, ...keys: string[]): unknown => keys.map((k) => raw[k]).find((v) => v !== undefined)

/** A row's place name: the backend's, or named here from a raw stored place; null when unknown. */
function placeName(row: Raw): { zh: string; en: string } | null {
  const name = obj(row.name)
  if (typeof name.zh === "string" && typeof name.en === "string") return { zh: name.zh, en: name.en }
  return typeof row.place === "string" ? (nameScanPlace(row.place)?.name ?? null) : null
}

/** Every date of the `days` days ending on `end` (YYYY-MM-DD), oldest first. */
export function dateRange(end: string, days: number): string[] {
  const last = new Date(`${end}T00:00:00Z`).getTime()
  return Array.from({ length: days }, (_, i) => new Date(last - (days - 1 - i) * 86_400_000).toISOString().slice(0, 10))
}

export function normalizeDashboard(input: unknown, today: string, fallbackDays = 30): DashboardData {
  const raw = obj(obj(input).dashboard && Object.keys(obj(obj(input).dashboard)).length ? obj(input).dashboard : input)
  const days = Math.max(1, Math.min(366, Math.round(num(raw.days, fallbackDays))))
  const range = dateRange(/^\d{4}-\d{2}-\d{2}$/.test(str(raw.to)) ? str(raw.to) : today, days)

  const sales = new Map<string, { amount: number; orders: number }>()
  for (const row of arr(first(raw, "sales_per_day", "sales_by_day", "daily_sales"))) {
    const date = str(row.date, row.day).slice(0, 10)
    if (date) sales.set(date, { amount: num(row.amount, row.total, row.sales, row.revenue), orders: num(row.orders, row.order_count, row.count) })
  }
  const scanMap = new Map<string, number>()
  const scansRaw = obj(raw.scans)
  for (const row of arr(first(raw, "scans_per_day", "scans_by_day") ?? scansRaw.by_day)) {
    const date = str(row.date, row.day).slice(0, 10)
    if (date) scanMap.set(date, num(row.count, row.scans))
  }
  const salesByDay = range.map((date) => ({ date, amount: sales.get(date)?.amount ?? 0, orders: sales.get(date)?.orders ?? 0 }))
  return {
    days,
    salesByDay,
    salesTotal: salesByDay.reduce((sum, d) => sum + d.amount, 0),
    ordersTotal: salesByDay.reduce((sum, d) => sum + d.orders, 0),
    topProducts: arr(first(raw, "top_products", "products")).map((row) => ({
      id: str(row.product_id, row.id),
      title: str(row.title, row.product_title, obj(row.product).title),
      quantity: num(row.quantity, row.units, row.count),
      amount: num(row.amount, row.total, row.revenue, row.sales),
    })),
    scansByDay: range.map((date) => ({ date, count: scanMap.get(date) ?? 0 })),
    scansByPlace: arr(first(raw, "scans_by_place") ?? scansRaw.by_place).map((row) => ({
      place: str(row.place),
      name: placeName(row),
      count: num(row.count, row.scans),
    })),
    expiringCertificates: arr(first(raw, "certificates_expiring", "expiring_certificates")).map((row) => ({
      id: str(row.id),
      number: str(row.number, row.id),
      validUntil: str(row.valid_until, row.expires_at).slice(0, 10),
      product: str(obj(row.product).title, row.product_title) || undefined,
    })),
    awaitingReview: arr(first(raw, "listings_waiting_for_review", "awaiting_review")).map((row) => ({
      id: str(row.id, row.product_id),
      title: str(row.title, obj(row.product).title),
    })),
    currency: str(raw.currency_code, "cny"),
  }
}
