import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { reportPhotoType, type ReportPhotoType } from "@seleno/domain"
import { toAfterSalesView, toDeliveryView } from "../../../../../lib/after-sales-view"
import { AFTER_SALES_MODULE } from "../../../../../modules/after-sales"
import type AfterSalesModuleService from "../../../../../modules/after-sales/service"
import { createAfterSalesRequestWorkflow } from "../../../../../workflows/after-sales/create-after-sales-request"
import type { AfterSalesFormRequest } from "../../after-sales-middlewares"
import type { StoreCreateAfterSalesRequestType } from "../../after-sales-validators"

/** 404 unless the signed-in customer owns the order (never a hint that someone else's order exists). */
async function requireOwnOrder(req: AuthenticatedMedusaRequest, orderId: string) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "customer_id"],
    filters: { id: orderId, is_draft_order: false },
  })
  if (!data[0] || data[0].customer_id !== req.auth_context.actor_id) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id ${orderId} was not found`)
}

/** GET /store/orders/:id/after-sales — the signed-in owner's 售后 requests on the order and the parts' deliveries. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const orderId = req.params.id!
  await requireOwnOrder(req, orderId)
  const service = req.scope.resolve<AfterSalesModuleService>(AFTER_SALES_MODULE)
  const requests = await service.listAfterSalesRequests({ order_id: orderId }, { order: { created_at: "DESC" } })
  const deliveries = await service.listPartDeliveries({ order_id: orderId })
  res.json({ after_sales_requests: requests.map(toAfterSalesView), deliveries: deliveries.map(toDeliveryView) })
}

/**
 * POST /store/orders/:id/after-sales (multipart with up to three "photos", or JSON) — the signed-in
 * owner asks for a return or a quality claim on one enterprise's part. Rules: see the workflow.
 */
export const POST = async (req: AuthenticatedMedusaRequest<StoreCreateAfterSalesRequestType>, res: MedusaResponse) => {
  const body = req.validatedBody
  const photos = ((req as unknown as AfterSalesFormRequest).files ?? []).map((file) => ({
    type: reportPhotoType(file.buffer) as ReportPhotoType,
    base64: file.buffer.toString("base64"),
  }))
  const { result } = await createAfterSalesRequestWorkflow(req.scope).run({
    input: {
      order_id: req.params.id!,
      enterprise_id: body.enterprise_id,
      customer_id: req.auth_context.actor_id,
      kind: body.kind,
      reason: body.reason,
      note: body.note,
      items: body.items,
      photos,
    },
  })
  res.status(201).json({ after_sales_request: toAfterSalesView(result) })
}
