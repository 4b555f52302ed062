import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, MedusaError, Modules } from "@medusajs/framework/utils"
import type { AttributionReport, CampaignBudgetType } from "@seleno/domain"
import { MARKETING_MODULE } from "../../modules/marketing"
import type MarketingModuleService from "../../modules/marketing/service"
import { assembleReport, daysOf, MAX_REPORT_DAYS, reportPeriod, type ConversionRow, type VisitRow } from "./attribution-report"

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
  const { rows: conversions } = await knex.raw(
    `select campaign_page_id, to_char(converted_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as day,
            count(*) filter (where kind = 'cart' and attributed)::int as carts,
            count(*) filter (where kind = 'order' and attributed)::int as orders,
            coalesce(sum(revenue) filter (where kind = 'order' and attributed), 0) as revenue,
            coalesce(sum(discount) filter (where kind = 'order'), 0) as discount
       from campaign_conversion
      where deleted_at is null and converted_at >= ? and converted_at < ? and campaign_page_id = any(?)
      group by 1, 2`,
    bindings
  )

  return assembleReport({
    period,
    campaigns: pages.map((p) => ({ id: p.id, handle: p.handle, name: p.title, budget: budgetOf.get(p.campaign_id) ?? null })),
    visits: visits.map((r) => ({ campaign_page_id: String(r.campaign_page_id), day: String(r.day), visits: Number(r.visits) }) satisfies VisitRow),
    conversions: conversions.map(
      (r) =>
        ({
          campaign_page_id: String(r.campaign_page_id),
          day: String(r.day),
          carts: Number(r.carts),
          orders: Number(r.orders),
          revenue: Number(r.revenue),
          discount: Number(r.discount),
        }) satisfies ConversionRow
    ),
  })
}
