import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ENTERPRISE_MODULE } from "../modules/enterprise"
import type EnterpriseModuleService from "../modules/enterprise/service"
import { productEnterpriseMap, type OrderGraph } from "./enterprise-order-parts"
import type { Period } from "./settlement-period"
import { formatFen, settle, toFen } from "./settlement-money"

/**
 * 网上结算: what each enterprise sold in a period, the platform's commission and what the platform
 * owes it. Gross = the totals of its line items (after promotions, as the shopper paid them;
 * shipping stays with the platform) in orders placed in the period, canceled and draft orders left
 * out. Refunds are NOT subtracted: Medusa records refunds against the order's payment, not against
 * line items, so an enterprise's share of a refund cannot be known exactly from the data.
 */

export const ROUNDING_RULE =
  "Each line item's total is taken to the fen (half-up); commission = gross × commission_bps / 10000, rounded half-up to the fen once per enterprise and period; owed = gross − commission."

export interface SettlementLine {
  enterprise_id: string
  enterprise_handle: string
  enterprise_name: string
  commission_bps: number
  orders: number
  items: number
  /** Decimal strings with two places (CNY), and the same amounts in integer fen. */
  gross: string
  commission: string
  owed: string
  gross_fen: number
  commission_fen: number
  owed_fen: number
}

export interface SettlementReport {
  from: string
  to: string
  currency_code: "cny"
  rounding: string
  refunds: "not_subtracted"
  enterprises: SettlementLine[]
  totals: { gross: string; commission: string; owed: string; gross_fen: number; commission_fen: number; owed_fen: number }
}

/** Ids of orders placed in the period (not draft, not canceled) that hold any of `productIds`. */
export async function orderIdsInPeriod(container: MedusaContainer, productIds: string[], period: Pick<Period, "start" | "end">): Promise<string[]> {
  if (!productIds.length) return []
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const rows: { id: string }[] = await knex("order as o")
    .join("order_item as oi", function () {
      this.on("oi.order_id", "o.id").andOn("oi.version", "o.version")
    })
    .join("order_line_item as li", "li.id", "oi.item_id")
    .whereNull("o.deleted_at")
    .whereNull("oi.deleted_at")
    .whereNull("li.deleted_at")
    .where("o.is_draft_order", false)
    .whereNot("o.status", "canceled")
    .where("o.created_at", ">=", period.start)
    .where("o.created_at", "<", period.end)
    .whereIn("li.product_id", productIds)
    .distinct("o.id")
  return rows.map((r) => r.id)
}

const CHUNK = 200

/** Orders with their items' totals (computed by Medusa's order module), a chunk at a time. */
export async function ordersWithItemTotals(container: MedusaContainer, ids: string[]): Promise<OrderGraph[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const orders: OrderGraph[] = []
  for (let i = 0; i < ids.length; i += CHUNK) {
    const { data } = await query.graph({
      entity: "order",
      // item_total makes the order module compute item totals (see ORDER_PART_FIELDS).
      fields: ["id", "created_at", "status", "item_total", "items.id", "items.product_id", "items.product_title", "items.title", "items.quantity", "items.total"],
      filters: { id: ids.slice(i, i + CHUNK) },
    })
    orders.push(...(data as OrderGraph[]))
  }
  return orders
}

/** The report for one enterprise, or (without `enterpriseId`) for every enterprise. */
export async function settlementReport(container: MedusaContainer, period: Period, enterpriseId?: string): Promise<SettlementReport> {
  const products = await productEnterpriseMap(container, enterpriseId)
  const orders = await ordersWithItemTotals(container, await orderIdsInPeriod(container, [...products.keys()], period))

  const sums = new Map<string, { grossFen: number; orders: Set<string>; items: number }>()
  for (const order of orders) {
    for (const item of (order.items ?? []) as OrderGraph[]) {
      const owner = products.get(item.product_id)
      if (!owner) continue
      const sum = sums.get(owner) ?? { grossFen: 0, orders: new Set<string>(), items: 0 }
      sum.grossFen += toFen(item.total ?? 0)
      sum.orders.add(order.id)
      sum.items += Number(item.quantity)
      sums.set(owner, sum)
    }
  }

  const service = container.resolve<EnterpriseModuleService>(ENTERPRISE_MODULE)
  // One enterprise: itself even without sales. All: the active ones, and any other that sold.
  const enterprises = enterpriseId
    ? await service.listEnterprises({ id: enterpriseId })
    : (await service.listEnterprises({}, { take: null })).filter((e) => e.status === "active" || sums.has(e.id))

  const enterpriseLines = enterprises
    .map((enterprise): SettlementLine => {
      const sum = sums.get(enterprise.id) ?? { grossFen: 0, orders: new Set<string>(), items: 0 }
      const money = settle(sum.grossFen, enterprise.commission_bps)
      return {
        enterprise_id: enterprise.id,
        enterprise_handle: enterprise.handle,
        enterprise_name: enterprise.name,
        commission_bps: enterprise.commission_bps,
        orders: sum.orders.size,
        items: sum.items,
        gross: formatFen(money.gross),
        commission: formatFen(money.commission),
        owed: formatFen(money.owed),
        gross_fen: money.gross,
        commission_fen: money.commission,
        owed_fen: money.owed,
      }
    })
    .sort((a, b) => b.gross_fen - a.gross_fen || a.enterprise_handle.localeCompare(b.enterprise_handle))

  const total = (key: "gross_fen" | "commission_fen" | "owed_fen") => enterpriseLines.reduce((s, l) => s + l[key], 0)
  return {
    from: period.from,
    to: period.to,
    currency_code: "cny",
    rounding: ROUNDING_RULE,
    refunds: "not_subtracted",
    enterprises: enterpriseLines,
    totals: {
      gross: formatFen(total("gross_fen")),
      commission: formatFen(total("commission_fen")),
      owed: formatFen(total("owed_fen")),
      gross_fen: total("gross_fen"),
      commission_fen: total("commission_fen"),
      owed_fen: total("owed_fen"),
    },
  }
}
