import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveEnterpriseListing } from "../../../../../workflows/enterprise-products/own-products"
import { takeListingOfflineWorkflow } from "../../../../../workflows/enterprise-products/listing-sale"
import { enterpriseOf } from "../../../context"

/** POST /enterprise/products/:id/offline — 下架: takes a published listing off sale. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { enterpriseId } = enterpriseOf(req)
  await takeListingOfflineWorkflow(req.scope).run({ input: { enterprise_id: enterpriseId, product_id: req.params.id! } })
  res.json({ product: await retrieveEnterpriseListing(req.scope, enterpriseId, req.params.id!) })
}
