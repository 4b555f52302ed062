import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, MedusaError, Modules } from "@medusajs/framework/utils"
import type { AttributionReport, CampaignBudgetType } from "@seleno/domain"
import { MARKETING_MODULE } from "../../modules/marketing"
import type MarketingModuleService from "../../modules/marketing/service"
import { assembleReport, daysOf, MAX_REPORT_DAYS, reportPeriod, type CartRow, type ConversionRow, type SourceRow, type VisitRow } from "./attribution-report"

type Knex = {
  raw: (sql: string, bindings: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>
}

const toNumber = (v: unknown): number => (v == null ? 0 : MathBN.convert(v as number).toNumber())

/**
 * Loads the attribution report. Counting is done by PostgreSQL (grouped by campaign and China
 * day) so the report costs the same for ten visits or a million; the marketing module's own
 * tables are read, nothing of another module.
 */
export async function loadAttributionReport(
  container: MedusaContainer,
  query: { campaign_id?: string; from?: string; to?: string },
  now = new Date()
): Promise<AttributionReport> {
  const period = reportPeriod(query, now)
  // Defaults fill one end only; the range must still hold together.
  if (period.start >= period.end) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `from ${period.from} is after to ${period.to}`)
  }
  if (daysOf(period).length > MAX_REPORT_DAYS) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `to ${period.to} is more than ${MAX_REPORT_DAYS} days after from ${period.from}; choose a shorter range`)
  }

  const marketing = container.resolve<MarketingModuleService>(MARKETING_MODULE)
  const filter = query.campaign_id ? { $or: [{ id: query.campaign_id }, { campaign_id: query.campaign_id }] } : {}
  const pages = await marketing.listCampaignPages(filter, { select: ["id", "handle", "title", "campaign_id", "created_at"], order: { created_at: "DESC" } })
  if (query.campaign_id && !pages.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Campaign ${query.campaign_id} does not exist (campaign_id)`)
  }
  if (!pages.length) return { from: period.from, to: period.to, campaigns: [] }

  const campaigns = await container
    .resolve(Modules.PROMOTION)
    .listCampaigns({ id: pages.map((p) => p.campaign_id) }, { relations: ["budget"] })
  const budgetOf = new Map(
    campaigns.map((c) => [
      c.id,
      // Our campaigns get a spend or usage budget from the create workflow, never Medusa's per-attribute ones.
      c.budget ? { type: String(c.budget.type) as CampaignBudgetType, limit: c.budget.limit == null ? null : toNumber(c.budget.limit), used: toNumber(c.budget.used) } : null,
    ])
  )

  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const ids = pages.map((p) => p.id)
  const bindings = [period.start.toISOString(), period.end.toISOString(), ids]
  const { rows: visits } = await knex.raw(
    `select campaign_page_id, to_char(visited_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as day, count(*)::int as visits
       from campaign_visit
      where deleted_at is null and visited_at >= ? and visited_at < ? and campaign_page_id = any(?)
      group by 1, 2`,
    bindings
  )
  // A cart is counted through the visit that claimed it, on that visit's day and once per visit:
  // "visits that led to a cart", so carts never outnumber the visits of the same rows.
  const { rows: carts } = await knex.raw(
    `select v.campaign_page_id, to_char(v.visited_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as day, count(distinct v.id)::int as carts
       from campaign_conversion c
       join campaign_visit v on v.id = c.campaign_visit_id and v.deleted_at is null
      where c.deleted_at is null and c.kind = 'cart' and c.attributed
        and v.visited_at >= ? and v.visited_at < ? and v.campaign_page_id = any(?)
      group by 1, 2`,
    bindings
  )
  const { rows: conversions } = await knex.raw(
    `select campaign_page_id, to_char(converted_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as day,
            count(*) filter (where kind = 'order' and attributed)::int as orders,
            coalesce(sum(revenue) filter (where kind = 'order' and attributed), 0) as revenue,
            coalesce(sum(discount) filter (where kind = 'order'), 0) as discount
       from campaign_conversion
      where deleted_at is null and converted_at >= ? and converted_at < ? and campaign_page_id = any(?)
      group by 1, 2`,
    bindings
  )

  // By utm_source and utm_medium (case-insensitive; "" when the link gave none).
  const source = (alias: string) => `lower(coalesce(${alias}.utm_source, '')) as source, lower(coalesce(${alias}.utm_medium, '')) as medium`
  const { rows: sourceVisits } = await knex.raw(
    `select v.campaign_page_id, ${source("v")}, count(*)::int as visits
       from campaign_visit v
      where v.deleted_at is null and v.visited_at >= ? and v.visited_at < ? and v.campaign_page_id = any(?)
      group by 1, 2, 3`,
    bindings
  )
  const { rows: sourceCarts } = await knex.raw(
    `select v.campaign_page_id, ${source("v")}, count(distinct v.id)::int as carts
       from campaign_conversion c
       join campaign_visit v on v.id = c.campaign_visit_id and v.deleted_at is null
      where c.deleted_at is null and c.kind = 'cart' and c.attributed
        and v.visited_at >= ? and v.visited_at < ? and v.campaign_page_id = any(?)
      group by 1, 2, 3`,
    bindings
  )
  // An order by the source of the visit that brought its cart.
  const { rows: sourceOrders } = await knex.raw(
    `select o.campaign_page_id, ${source("v")}, count(*)::int as orders, coalesce(sum(o.revenue), 0) as revenue
       from campaign_conversion o
       left join campaign_conversion c on c.kind = 'cart' and c.cart_id = o.cart_id and c.campaign_page_id = o.campaign_page_id and c.deleted_at is null
       left join campaign_visit v on v.id = c.campaign_visit_id and v.deleted_at is null
      where o.deleted_at is null and o.kind = 'order' and o.attributed
        and o.converted_at >= ? and o.converted_at < ? and o.campaign_page_id = any(?)
      group by 1, 2, 3`,
    bindings
  )
  const sourceRow = (r: Record<string, unknown>) => ({ campaign_page_id: String(r.campaign_page_id), source: String(r.source ?? ""), medium: String(r.medium ?? "") })

  return assembleReport({
    period,
    campaigns: pages.map((p) => ({ id: p.id, handle: p.handle, name: p.title, budget: budgetOf.get(p.campaign_id) ?? null })),
    visits: visits.map((r) => ({ campaign_page_id: String(r.campaign_page_id), day: String(r.day), visits: Number(r.visits) }) satisfies VisitRow),
    carts: carts.map((r) => ({ campaign_page_id: String(r.campaign_page_id), day: String(r.day), carts: Number(r.carts) }) satisfies CartRow),
    sources: [
      ...sourceVisits.map((r) => ({ ...sourceRow(r), visits: Number(r.visits) }) satisfies SourceRow),
      ...sourceCarts.map((r) => ({ ...sourceRow(r), carts: Number(r.carts) }) satisfies SourceRow),
      ...sourceOrders.map((r) => ({ ...sourceRow(r), orders: Number(r.orders), revenue: Number(r.revenue) }) satisfies SourceRow),
    ],
    conversions: conversions.map(
      (r) =>
        ({
          campaign_page_id: String(r.campaign_page_id),
          day: String(r.day),
          orders: Number(r.orders),
          revenue: Number(r.revenue),
          discount: Number(r.discount),
        }) satisfies ConversionRow
    ),
  })
}
