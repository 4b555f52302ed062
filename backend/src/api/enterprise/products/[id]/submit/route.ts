import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveEnterpriseListing } from "../../../../../workflows/enterprise-products/own-products"
import { submitEnterpriseProductWorkflow } from "../../../../../workflows/enterprise-products/review-enterprise-product"
import { enterpriseOf } from "../../../context"

/** POST /enterprise/products/:id/submit — a draft or rejected listing goes to platform review ("proposed"). */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { enterpriseId } = enterpriseOf(req)
  await submitEnterpriseProductWorkflow(req.scope).run({ input: { enterprise_id: enterpriseId, product_id: req.params.id! } })
  res.json({ product: await retrieveEnterpriseListing(req.scope, enterpriseId, req.params.id!) })
}
