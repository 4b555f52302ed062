import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveEnterpriseListing } from "../../../../../workflows/enterprise-products/own-products"
import { putListingBackWorkflow } from "../../../../../workflows/enterprise-products/listing-sale"
import { enterpriseOf } from "../../../context"

/** POST /enterprise/products/:id/online — 上架: puts an offline listing back on sale, no new review. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { enterpriseId } = enterpriseOf(req)
  await putListingBackWorkflow(req.scope).run({ input: { enterprise_id: enterpriseId, product_id: req.params.id! } })
  res.json({ product: await retrieveEnterpriseListing(req.scope, enterpriseId, req.params.id!) })
}
