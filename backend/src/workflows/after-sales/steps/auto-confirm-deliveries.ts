import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { autoDeliveryDue } from "@seleno/domain"
import { loadAfterSalesPart } from "../../../lib/after-sales-part"
import { productEnterpriseMap } from "../../../lib/enterprise-order-parts"
import { AFTER_SALES_MODULE } from "../../../modules/after-sales"
import type AfterSalesModuleService from "../../../modules/after-sales/service"

const DAY_MS = 24 * 60 * 60 * 1000
/** Shipments further back than this were settled by earlier runs; the scan stays small. */
const LOOK_BACK_DAYS = 60

/**
 * Every part shipped in full at least `days` days before `at` and not yet confirmed counts as
 * delivered at shipment + `days` (not at the job's run time, so a late run changes no window).
 * Idempotent: parts with a delivery are skipped, and the unique index refuses a second row.
 */
export const autoConfirmDeliveriesStep = createStep(
  "auto-confirm-part-deliveries",
  async (input: { at: string; days: number }, { container }) => {
    const at = new Date(input.at)
    const { data: shipped } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "fulfillment",
      fields: ["id", "order.id"],
      filters: {
        shipped_at: { $lte: new Date(at.getTime() - input.days * DAY_MS), $gte: new Date(at.getTime() - (input.days + LOOK_BACK_DAYS) * DAY_MS) },
        canceled_at: null,
      },
    })
    const orderIds = [...new Set(shipped.flatMap((f: { order?: { id: string } | null }) => (f.order?.id ? [f.order.id] : [])))]
    const service = container.resolve<AfterSalesModuleService>(AFTER_SALES_MODULE)
    const created: string[] = []
    for (const orderId of orderIds) {
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["items.product_id"], filters: { id: orderId } })
      const productIds = [...new Set(((data[0]?.items ?? []) as { product_id: string | null }[]).flatMap((i) => (i.product_id ? [i.product_id] : [])))]
      const enterprises = [...new Set((await productEnterpriseMap(container, undefined, productIds)).values())]
      const done = new Set((await service.listPartDeliveries({ order_id: orderId })).map((d) => d.enterprise_id))
      for (const enterpriseId of enterprises.filter((e) => !done.has(e))) {
        const facts = await loadAfterSalesPart(container, orderId, enterpriseId)
        if (!facts?.shipped_at || !autoDeliveryDue(facts.shipped_at, at, input.days)) continue
        const row = await service.createPartDeliveries({
          order_id: orderId,
          enterprise_id: enterpriseId,
          delivered_at: new Date(facts.shipped_at.getTime() + input.days * DAY_MS),
          confirmed_by: "auto",
        })
        created.push(row.id)
      }
    }
    return new StepResponse(created, created)
  },
  async (created, { container }) => {
    if (created?.length) await container.resolve<AfterSalesModuleService>(AFTER_SALES_MODULE).deletePartDeliveries(created)
  }
)
