import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { afterSalesRefusal } from "../../lib/after-sales-part"
import { AFTER_SALES_MODULE } from "../../modules/after-sales"
import type AfterSalesModuleService from "../../modules/after-sales/service"
import { updateAfterSalesRequestStep } from "./steps/update-request"
import { orderPartLockKey } from "../../lib/order-part-lock"

export interface WithdrawAfterSalesInput {
  id: string
  order_id: string
  customer_id: string
}

async function shoppersRequest(container: MedusaContainer, input: WithdrawAfterSalesInput) {
  const [request] = await container
    .resolve<AfterSalesModuleService>(AFTER_SALES_MODULE)
    .listAfterSalesRequests({ id: input.id, order_id: input.order_id, customer_id: input.customer_id }, { select: ["id", "order_id", "status"] })
  if (!request) throw new MedusaError(MedusaError.Types.NOT_FOUND, `After-sales request with id ${input.id} was not found`)
  return request
}

/** The order's lock key (the one the enterprise's decisions take), for the shopper's own request only (404 otherwise). */
const shopperRequestLockStep = createStep("after-sales-shopper-request-lock", async (input: WithdrawAfterSalesInput, { container }) => {
  const request = await shoppersRequest(container, input)
  return new StepResponse(orderPartLockKey(request.order_id))
})

/** Under the lock: the request must still wait for the enterprise (an approved return has already started). */
const assertWithdrawableStep = createStep("assert-after-sales-withdrawable", async (input: WithdrawAfterSalesInput, { container }) => {
  const request = await shoppersRequest(container, input)
  if (request.status !== "requested") throw afterSalesRefusal("status_not_requested")
  return new StepResponse(request.id)
})

/**
 * The shopper withdraws a request the enterprise has not decided yet. It holds the order's lock, so
 * it cannot cross an approval or refusal; the units it asked for are free for a new request.
 */
export const withdrawAfterSalesRequestWorkflow = createWorkflow("withdraw-after-sales-request", (input: WithdrawAfterSalesInput) => {
  const lockKey = shopperRequestLockStep(input)
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 60 })
  const id = assertWithdrawableStep(input)
  const withdrawn = updateAfterSalesRequestStep(
    transform({ id, input }, ({ id, input }) => ({ id, status: "withdrawn", decided_by: input.customer_id, decided_at: new Date() }))
  )
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(withdrawn)
})
