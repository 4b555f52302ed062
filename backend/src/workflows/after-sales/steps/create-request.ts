import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AfterSalesKind, AfterSalesReason } from "@seleno/domain"
import { AFTER_SALES_MODULE } from "../../../modules/after-sales"
import type AfterSalesModuleService from "../../../modules/after-sales/service"

export interface NewAfterSalesRequest {
  order_id: string
  enterprise_id: string
  customer_id: string
  kind: AfterSalesKind
  reason: AfterSalesReason
  note: string | null
  items: { item_id: string; title: string; quantity: number; line_total_fen: number }[]
  refund_fen: number
  photo_file_ids: string[]
}

/** Stores the request as "requested"; undone by deleting it. */
export const createAfterSalesRequestStep = createStep(
  "create-after-sales-request",
  async (input: NewAfterSalesRequest, { container }) => {
    const service = container.resolve<AfterSalesModuleService>(AFTER_SALES_MODULE)
    const created = await service.createAfterSalesRequests({
      ...input,
      status: "requested",
      items: input.items as unknown as Record<string, unknown>,
      photo_file_ids: input.photo_file_ids as unknown as Record<string, unknown>,
    })
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<AfterSalesModuleService>(AFTER_SALES_MODULE).deleteAfterSalesRequests(id)
  }
)
