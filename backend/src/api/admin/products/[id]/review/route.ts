import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminReviewProductType } from "../../../../enterprise/products/validators"
import { reviewEnterpriseProductWorkflow } from "../../../../../workflows/enterprise-products/review-enterprise-product"

/**
 * POST /admin/products/:id/review — platform staff approve a listing waiting for review (it goes
 * on sale) or reject it with a note the enterprise sees. Listings waiting: GET /admin/products?status[]=proposed.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminReviewProductType>, res: MedusaResponse) => {
  await reviewEnterpriseProductWorkflow(req.scope).run({ input: { ...req.validatedBody, product_id: req.params.id! } })
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "title", "status", "metadata", "enterprise.id", "enterprise.name", "brand.id", "brand.name"],
    filters: { id: req.params.id! },
  })
  res.json({ product: data[0] })
}
