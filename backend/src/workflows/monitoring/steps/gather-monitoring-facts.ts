import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MONITORING_OPEN_CASE_STATUSES, type CountyCount, type MonitoringOrderFact } from "@seleno/domain"
import { toFen } from "../../../lib/settlement-money"
import { ENTERPRISE_MODULE } from "../../../modules/enterprise"
import type EnterpriseModuleService from "../../../modules/enterprise/service"
import { REPORT_CASE_MODULE } from "../../../modules/report-case"
import type ReportCaseModuleService from "../../../modules/report-case/service"
import { TRACEABILITY_MODULE } from "../../../modules/traceability"
import type TraceabilityModuleService from "../../../modules/traceability/service"

export interface GatherMonitoringInput {
  /** [start, end) of the range, ISO instants. */
  start: string
  end: string
  /** Product id → county code (null when the product names none). */
  counties: Record<string, string | null>
}

export interface GatheredMonitoringFacts {
  traced_product_ids: string[]
  enterprise_counties: (string | null)[]
  orders: MonitoringOrderFact[]
  scans: CountyCount[]
  open_cases: CountyCount[]
}

/**
 * Gathers what the market monitoring report adds up, through Query and the module services; the
 * counting rules are @seleno/domain's. Read only: nothing to compensate.
 */
export const gatherMonitoringFactsStep = createStep(
  "monitoring-gather-facts",
  async (input: GatherMonitoringInput, { container }) => {
    const batches = await batchesWithProducts(container)
    const facts: GatheredMonitoringFacts = {
      // A voided batch's QR page says it is withdrawn: it traces nothing any more.
      traced_product_ids: [...new Set(batches.filter((b) => !b.voided).map((b) => b.product_id))],
      enterprise_counties: await activeEnterpriseCounties(container),
      orders: await ordersPlaced(container, input),
      scans: await scansByCounty(container, batches, input),
      open_cases: await openCasesByCounty(container, input.counties),
    }
    return new StepResponse(facts)
  }
)

type Batch = { id: string; product_id: string; voided: boolean }

/** Batches (each is a QR code: GTIN + lot) with the product of their variant, voided ones included. */
async function batchesWithProducts(container: MedusaContainer): Promise<Batch[]> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "trace_batch",
    fields: ["id", "voided_at", "product_variant.product_id"],
  })
  return (data as { id: string; voided_at: Date | string | null; product_variant?: { product_id?: string | null } | null }[]).flatMap((b) =>
    b.product_variant?.product_id ? [{ id: b.id, product_id: b.product_variant.product_id, voided: b.voided_at !== null }] : []
  )
}

async function activeEnterpriseCounties(container: MedusaContainer): Promise<(string | null)[]> {
  const enterprises = await container
    .resolve<EnterpriseModuleService>(ENTERPRISE_MODULE)
    .listEnterprises({ status: "active" }, { select: ["id", "county"], take: null })
  return enterprises.map((e) => e.county || null)
}

const ORDER_PAGE = 200

// item_total makes the order module compute the items' totals (items.total alone comes back 0).
const ORDER_FIELDS = [
  "id",
  "status",
  "item_total",
  "items.product_id",
  "items.total",
  "payment_collections.status",
  "payment_collections.amount",
  "payment_collections.captured_amount",
  "payment_collections.refunded_amount",
]

/** A Medusa amount: number, numeric string or BigNumber value. */
type Amount = Parameters<typeof toFen>[0]

type OrderRow = {
  id: string
  status: string
  items?: ({ product_id: string | null; total: Amount | null } | null)[] | null
  payment_collections?: ({ status: string; amount: Amount | null; captured_amount: Amount | null; refunded_amount: Amount | null } | null)[] | null
}

/** Orders placed in the range (drafts left out, as in settlement), with item totals and payments in fen. */
async function ordersPlaced(container: MedusaContainer, range: { start: string; end: string }): Promise<MonitoringOrderFact[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const orders: MonitoringOrderFact[] = []
  for (let skip = 0; ; skip += ORDER_PAGE) {
    const { data } = await query.graph({
      entity: "order",
      fields: ORDER_FIELDS,
      filters: { is_draft_order: false, created_at: { $gte: range.start, $lt: range.end } },
      pagination: { skip, take: ORDER_PAGE, order: { created_at: "ASC" } },
    })
    for (const order of data as OrderRow[]) {
      orders.push({
        id: order.id,
        status: order.status,
        items: (order.items ?? []).flatMap((i) => (i ? [{ product_id: i.product_id, total_fen: toFen(i.total ?? 0) }] : [])),
        payment_collections: (order.payment_collections ?? []).flatMap((p) =>
          p
            ? [
                {
                  status: p.status,
                  amount_fen: toFen(p.amount ?? 0),
                  captured_fen: toFen(p.captured_amount ?? 0),
                  refunded_fen: toFen(p.refunded_amount ?? 0),
                },
              ]
            : []
        ),
      })
    }
    if (data.length < ORDER_PAGE) break
  }
  return orders
}

/**
 * Counted scans in the range of each county's batches (the county of the batch's product), counted
 * by the database. A voided batch's earlier scans happened and still count; it records no new ones.
 */
async function scansByCounty(container: MedusaContainer, batches: Batch[], input: GatherMonitoringInput): Promise<CountyCount[]> {
  const trace = container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
  const byCounty = new Map<string | null, string[]>()
  for (const batch of batches) {
    const county = input.counties[batch.product_id] ?? null
    const ids = byCounty.get(county) ?? []
    ids.push(batch.id)
    byCounty.set(county, ids)
  }
  const counts: CountyCount[] = []
  for (const [county, batchIds] of byCounty) {
    const [, count] = await trace.listAndCountPackageScans(
      { package_serial: { batch_id: batchIds }, scanned_at: { $gte: new Date(input.start), $lt: new Date(input.end) } },
      { select: ["id"], take: 1 }
    )
    counts.push({ county, count })
  }
  return counts
}

/**
 * Report cases waiting for staff (new or investigating) per county of the case's product; a case
 * about no product (a code that matched nothing) names no county. Open cases are a work queue,
 * so reading their product ids is small.
 */
async function openCasesByCounty(container: MedusaContainer, counties: Record<string, string | null>): Promise<CountyCount[]> {
  const open = await container
    .resolve<ReportCaseModuleService>(REPORT_CASE_MODULE)
    .listReportCases({ status: [...MONITORING_OPEN_CASE_STATUSES] }, { select: ["id", "product_id"], take: null })
  const byCounty = new Map<string | null, number>()
  for (const c of open) {
    const county = c.product_id ? (counties[c.product_id] ?? null) : null
    byCounty.set(county, (byCounty.get(county) ?? 0) + 1)
  }
  return [...byCounty].map(([county, count]) => ({ county, count }))
}
