import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { DeliveryConfirmer } from "@seleno/domain"
import { afterSalesRefusal, loadAfterSalesPart } from "../../../lib/after-sales-part"
import { AFTER_SALES_MODULE } from "../../../modules/after-sales"
import type AfterSalesModuleService from "../../../modules/after-sales/service"

export interface RecordDeliveryInput {
  order_id: string
  enterprise_id: string
  /** The shopper confirming; only the order's owner may. */
  customer_id: string
}

/**
 * The shopper confirms receipt of a part: only the order's owner (anyone else: 404), only a part
 * shipped in full, only once (the first confirmation stands). Undone by deleting the row.
 */
export const confirmDeliveryStep = createStep(
  "confirm-part-delivery",
  async (input: RecordDeliveryInput, { container }) => {
    const facts = await loadAfterSalesPart(container, input.order_id, input.enterprise_id)
    if (!facts || facts.customer_id !== input.customer_id) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id ${input.order_id} was not found, or holds no part of enterprise ${input.enterprise_id}`)
    }
    if (!facts.shipped_at) throw afterSalesRefusal("part_not_shipped")
    const service = container.resolve<AfterSalesModuleService>(AFTER_SALES_MODULE)
    const [existing] = await service.listPartDeliveries({ order_id: input.order_id, enterprise_id: input.enterprise_id })
    if (existing) throw afterSalesRefusal("already_delivered")
    const created = await service.createPartDeliveries({
      order_id: input.order_id,
      enterprise_id: input.enterprise_id,
      delivered_at: new Date(),
      confirmed_by: "customer" satisfies DeliveryConfirmer,
    })
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<AfterSalesModuleService>(AFTER_SALES_MODULE).deletePartDeliveries(id)
  }
)
