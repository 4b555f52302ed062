import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AFTER_SALES_MODULE } from "../../../modules/after-sales"
import type AfterSalesModuleService from "../../../modules/after-sales/service"
import { orderPartLockKey } from "../../../lib/order-part-lock"

/**
 * The lock key of the order an enterprise's request is about (404 for anyone else's request), so a
 * decision can lock the order before it plans: the same key fulfilment uses, one order change at a time.
 */
export const requestOrderLockStep = createStep("after-sales-request-order-lock", async (input: { id: string; enterprise_id: string }, { container }) => {
  const [request] = await container
    .resolve<AfterSalesModuleService>(AFTER_SALES_MODULE)
    .listAfterSalesRequests({ id: input.id, enterprise_id: input.enterprise_id }, { select: ["id", "order_id"] })
  if (!request) throw new MedusaError(MedusaError.Types.NOT_FOUND, `After-sales request with id ${input.id} was not found`)
  return new StepResponse(orderPartLockKey(request.order_id))
})
