import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { readInvoiceRequest, type InvoiceRequest, type PartInvoiceView } from "@seleno/domain"
import { ENTERPRISE_MODULE } from "../modules/enterprise"
import type EnterpriseModuleService from "../modules/enterprise/service"
import { productEnterpriseMap } from "./enterprise-order-parts"

/** What is owed per order: its invoice request and the enterprises whose products it holds. */
export interface OrderInvoiceDue {
  order_id: string
  display_id: number | null
  customer_id: string | null
  request: InvoiceRequest | null
  enterprise_ids: string[]
}

/** Reads the orders' invoice requests (from their metadata) and which enterprises sold in each. */
export async function invoicesDue(container: MedusaContainer, orderIds: string[]): Promise<OrderInvoiceDue[]> {
  if (!orderIds.length) return []
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "display_id", "customer_id", "metadata", "items.product_id"],
    filters: { id: orderIds },
  })
  const productIdsOf = (order: (typeof data)[number]): string[] =>
    ((order.items ?? []) as ({ product_id?: string | null } | null)[]).flatMap((i) => (i?.product_id ? [i.product_id] : []))
  const enterpriseOf = await productEnterpriseMap(container, undefined, [...new Set(data.flatMap(productIdsOf))])
  return data.map((order) => ({
    order_id: order.id,
    display_id: (order.display_id as number | null) ?? null,
    customer_id: (order.customer_id as string | null) ?? null,
    request: readInvoiceRequest(order.metadata as Record<string, unknown> | null),
    enterprise_ids: [...new Set(productIdsOf(order).flatMap((id) => enterpriseOf.get(id) ?? []))],
  }))
}

export interface PartInvoiceRow {
  id: string
  order_id: string
  enterprise_id: string
  type: InvoiceRequest["type"]
  title: string
  taxpayer_id: string | null
  status: PartInvoiceView["status"]
  file_id: string | null
  file_name: string | null
  issued_at: Date | string | null
}

/** The API view of invoice rows, with the orders' numbers and the enterprises' names. */
export async function partInvoiceViews(
  container: MedusaContainer,
  rows: PartInvoiceRow[],
  due: OrderInvoiceDue[]
): Promise<(PartInvoiceView & { id: string })[]> {
  const displayIds = new Map(due.map((d) => [d.order_id, d.display_id]))
  const enterpriseIds = [...new Set(rows.map((r) => r.enterprise_id))]
  const enterprises = enterpriseIds.length
    ? await container.resolve<EnterpriseModuleService>(ENTERPRISE_MODULE).listEnterprises({ id: enterpriseIds }, { select: ["id", "name"] })
    : []
  const names = new Map(enterprises.map((e) => [e.id, e.name as string]))
  return rows.map((row) => ({
    id: row.id,
    order_id: row.order_id,
    order_display_id: displayIds.get(row.order_id) ?? null,
    enterprise_id: row.enterprise_id,
    enterprise_name: names.get(row.enterprise_id) ?? null,
    request: { type: row.type, title: row.title, taxpayer_id: row.taxpayer_id },
    status: row.status,
    issued_at: row.issued_at ? new Date(row.issued_at).toISOString() : null,
    file_name: row.file_name,
  }))
}
