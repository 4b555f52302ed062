import type { MedusaContainer } from "@medusajs/framework/types"
import type { OrderPartStatus, TotalsView } from "@seleno/domain"
import { loadOrders, orderPart, ordersWithProducts, partTotals, productEnterpriseMap, type OrderGraph, type OrderPart } from "./enterprise-order-parts"
import { enterpriseByShippingOption } from "./parcels"
import { csvDocument, csvField } from "./settlement-csv"
import { formatFen } from "./settlement-money"
import { chinaTime, type Period } from "./settlement-period"

/**
 * An enterprise's order parts of a period as a CSV: one row per item of its own (never another
 * enterprise's lines of a shared order) and one shipping row per part, so that the paid column of
 * an order's rows adds up to the part's total on its order page, to the fen. The buyer appears only
 * by region (province, city, district): a file that travels carries no name, phone or street. The
 * full address is on the packing slip that goes into the parcel.
 */

export interface ExportedPart {
  order: OrderGraph
  part: OrderPart
  totals: TotalsView
}

const BATCH = 200

/** The enterprise's parts of orders placed in `period`, newest first, optionally of one status. */
export async function exportedParts(container: MedusaContainer, enterpriseId: string, period: Period, status?: OrderPartStatus): Promise<ExportedPart[]> {
  const products = await productEnterpriseMap(container, enterpriseId)
  const productIds = [...products.keys()]
  const parts: ExportedPart[] = []
  for (let offset = 0; ; offset += BATCH) {
    const { ids } = await ordersWithProducts(container, productIds, { limit: BATCH, offset }, period)
    const orders = await loadOrders(container, ids)
    const shippers = await enterpriseByShippingOption(
      container,
      orders.flatMap((o) => ((o.shipping_methods ?? []) as { shipping_option_id?: string | null }[]).map((m) => m.shipping_option_id ?? ""))
    )
    for (const order of orders) {
      const part = orderPart(order, enterpriseId, products)
      if (!part || (status && part.status !== status)) continue
      parts.push({ order, part, totals: await partTotals(container, order, part, shippers) })
    }
    if (ids.length < BATCH) return parts
  }
}

const PART_STATUS: Record<OrderPartStatus, string> = {
  not_fulfilled: "待发货",
  partially_fulfilled: "部分发货",
  fulfilled: "已打包",
  shipped: "已发货",
}

const HEADER = [
  "订单号 order",
  "下单时间 placed (UTC+8)",
  "状态 status",
  "商品 item",
  "规格 variant",
  "SKU",
  "数量 quantity",
  "单价 unit price (CNY)",
  "原价小计 listed (CNY)",
  "实付 paid (CNY)",
  "省 province",
  "市 city",
  "区县 district",
  "运单 waybill",
]

function waybills(part: OrderPart): string {
  return part.fulfillments
    .filter((f) => f.tracking_number)
    .map((f) => `${f.carrier?.name.zh ?? ""} ${f.tracking_number}`.trim())
    .join("; ")
}

/** The parts as CSV rows (see the module comment); amounts come from the same totals view the order page shows. */
export function orderExportCsv(parts: readonly ExportedPart[]): string {
  const rows: string[][] = []
  for (const { order, part, totals } of parts) {
    const address = (order.shipping_address ?? {}) as Record<string, string | null | undefined>
    const head = [csvField(`#${order.display_id}`), csvField(chinaTime(order.created_at)), csvField(`${PART_STATUS[part.status]} ${part.status}`)]
    const tail = [csvField(address.province ?? ""), csvField(address.city ?? ""), csvField(address.address_2 ?? ""), csvField(waybills(part))]
    const items = new Map(part.items.map((i) => [i.id, i]))
    let paid = 0
    for (const line of totals.items) {
      const item = items.get(line.id)
      paid += line.paid_fen
      rows.push([
        ...head,
        csvField(item?.product_title ?? line.title),
        csvField(line.variant_title ?? ""),
        csvField(item?.variant_sku ?? ""),
        csvField(line.quantity),
        ...[line.unit_fen, line.original_fen, line.paid_fen].map((f) => csvField(formatFen(f), false)),
        ...tail,
      ])
    }
    // Shipping of the parcels this enterprise sends, after any shipping discount: the rest of the part's total.
    const shipping = totals.total_fen - paid
    if (shipping !== 0 || totals.shipping.length) {
      rows.push([...head, csvField("运费 shipping"), "", "", "", "", csvField(formatFen(totals.shipping_fen), false), csvField(formatFen(shipping), false), ...tail])
    }
  }
  return csvDocument(HEADER, rows)
}
