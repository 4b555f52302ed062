import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { scanPlaceCounts } from "@seleno/domain"
import EnterpriseCertificateLink from "../links/enterprise-certificate"
import TraceBatchEnterpriseLink from "../links/trace-batch-enterprise"
import { CERTIFICATION_MODULE } from "../modules/certification"
import type CertificationModuleService from "../modules/certification/service"
import { productEnterpriseMap, type OrderGraph } from "./enterprise-order-parts"
import { orderIdsInPeriod, ordersWithItemTotals } from "./settlement"
import { formatFen, toFen } from "./settlement-money"
import { chinaDay, chinaDayStart } from "./settlement-period"

const DAY_MS = 24 * 60 * 60 * 1000
export const CERTIFICATE_WARNING_DAYS = 60
const TOP_PRODUCTS = 5
const TOP_PLACES = 20

/** The last `days` China calendar days up to today, oldest first. */
export function lastDays(days: number, now = new Date()): string[] {
  const today = chinaDayStart(chinaDay(now))!.getTime()
  return Array.from({ length: days }, (_, i) => chinaDay(new Date(today - (days - 1 - i) * DAY_MS + 12 * 60 * 60 * 1000)))
}

async function linkedIds(container: MedusaContainer, entryPoint: string, field: string, enterpriseId: string): Promise<string[]> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: entryPoint, fields: [field], filters: { enterprise_id: enterpriseId } })
  return data.map((row: Record<string, string>) => row[field]!)
}

/** Sales per day and top products, from the enterprise's items of orders placed in the window. */
function sales(orders: OrderGraph[], products: Map<string, string>, enterpriseId: string, days: string[]) {
  const perDay = new Map(days.map((d) => [d, { fen: 0, orders: new Set<string>() }]))
  const perProduct = new Map<string, { title: string; quantity: number; fen: number }>()
  for (const order of orders) {
    const day = perDay.get(chinaDay(order.created_at))
    for (const item of (order.items ?? []) as OrderGraph[]) {
      if (products.get(item.product_id) !== enterpriseId) continue
      const fen = toFen(item.total ?? 0)
      if (day) {
        day.fen += fen
        day.orders.add(order.id)
      }
      const product = perProduct.get(item.product_id) ?? { title: item.product_title ?? item.title, quantity: 0, fen: 0 }
      product.quantity += Number(item.quantity)
      product.fen += fen
      perProduct.set(item.product_id, product)
    }
  }
  return {
    sales_per_day: [...perDay].map(([date, d]) => ({ date, orders: d.orders.size, sales: Number(formatFen(d.fen)), sales_fen: d.fen })),
    top_products: [...perProduct]
      .sort(([, a], [, b]) => b.fen - a.fen)
      .slice(0, TOP_PRODUCTS)
      .map(([product_id, p]) => ({ product_id, title: p.title, quantity: p.quantity, revenue: Number(formatFen(p.fen)), revenue_fen: p.fen })),
  }
}

/** Counted QR scans of the enterprise's batches since `start`, by China day and by coarse place. */
async function scans(container: MedusaContainer, enterpriseId: string, start: Date, days: string[]) {
  const batchIds = await linkedIds(container, TraceBatchEnterpriseLink.entryPoint, "trace_batch_id", enterpriseId)
  const byDay = new Map(days.map((d) => [d, 0]))
  if (!batchIds.length) return { scans_per_day: [...byDay].map(([date, scans]) => ({ date, scans })), scans_by_place: [] }
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const base = () =>
    knex("package_scan as s")
      .join("package_serial as p", "p.id", "s.package_serial_id")
      .whereNull("s.deleted_at")
      .whereNull("p.deleted_at")
      .whereIn("p.batch_id", batchIds)
      .where("s.scanned_at", ">=", start)
  const dayRows: { day: string; scans: string }[] = await base()
    .select(knex.raw(`to_char(s.scanned_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as day`))
    .count("* as scans")
    .groupBy("day")
  for (const row of dayRows) if (byDay.has(row.day)) byDay.set(row.day, Number(row.scans))
  // Every stored place (0.1° cells and network prefixes are few per enterprise), named and merged
  // per county or city in @seleno/domain, so two cells of one county count as one row.
  const placeRows = (await base().select("s.place").count("* as scans").groupBy("s.place").orderBy("scans", "desc").limit(5000)) as unknown as {
    place: string
    scans: string
  }[]
  return {
    scans_per_day: [...byDay].map(([date, scans]) => ({ date, scans })),
    scans_by_place: scanPlaceCounts(placeRows.map((r) => ({ place: r.place, scans: Number(r.scans) })), TOP_PLACES),
  }
}

/** Certificates in force whose end falls within the warning window, soonest first. */
async function expiringCertificates(container: MedusaContainer, enterpriseId: string, now: Date) {
  const ids = await linkedIds(container, EnterpriseCertificateLink.entryPoint, "certificate_id", enterpriseId)
  if (!ids.length) return []
  const service = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
  const horizon = new Date(now.getTime() + CERTIFICATE_WARNING_DAYS * DAY_MS)
  const certificates = await service.listCertificates({ id: ids, revoked_at: null, valid_until: { $gte: now, $lte: horizon } }, { order: { valid_until: "ASC" } })
  return certificates.map((c) => ({
    id: c.id,
    number: c.number,
    issuer: c.issuer,
    subject: c.subject,
    valid_until: c.valid_until,
    days_left: Math.ceil((new Date(c.valid_until).getTime() - now.getTime()) / DAY_MS),
  }))
}

/** The enterprise portal's home page numbers for the last `days` days. */
export async function enterpriseDashboard(container: MedusaContainer, enterpriseId: string, days: number, now = new Date()) {
  const window = lastDays(days, now)
  const start = chinaDayStart(window[0]!)!
  const end = new Date(chinaDayStart(window[window.length - 1]!)!.getTime() + DAY_MS)
  const products = await productEnterpriseMap(container, enterpriseId)
  const orders = await ordersWithItemTotals(container, await orderIdsInPeriod(container, [...products.keys()], { start, end }))
  const waiting = products.size
    ? await container.resolve(Modules.PRODUCT).listProducts({ id: [...products.keys()], status: "proposed" }, { select: ["id", "title", "handle", "updated_at"] })
    : []
  return {
    days,
    from: window[0],
    to: window[window.length - 1],
    currency_code: "cny",
    ...sales(orders, products, enterpriseId, window),
    ...(await scans(container, enterpriseId, start, window)),
    certificates_expiring: await expiringCertificates(container, enterpriseId, now),
    listings_waiting_for_review: waiting.map((p) => ({ id: p.id, title: p.title, handle: p.handle, updated_at: p.updated_at })),
  }
}
