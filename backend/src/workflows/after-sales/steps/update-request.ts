import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AFTER_SALES_MODULE } from "../../../modules/after-sales"
import type AfterSalesModuleService from "../../../modules/after-sales/service"

export type AfterSalesRequestUpdate = { id: string } & Record<string, unknown>

/** Updates a request (status, decision, return, refund); undone by putting the previous values back. */
export const updateAfterSalesRequestStep = createStep(
  "update-after-sales-request",
  async (input: AfterSalesRequestUpdate, { container }) => {
    const service = container.resolve<AfterSalesModuleService>(AFTER_SALES_MODULE)
    const before = await service.retrieveAfterSalesRequest(input.id)
    const previous = Object.fromEntries(Object.keys(input).map((key) => [key, (before as unknown as Record<string, unknown>)[key]]))
    const updated = await service.updateAfterSalesRequests(input)
    return new StepResponse(updated, previous as AfterSalesRequestUpdate)
  },
  async (previous, { container }) => {
    if (previous) await container.resolve<AfterSalesModuleService>(AFTER_SALES_MODULE).updateAfterSalesRequests(previous)
  }
)
