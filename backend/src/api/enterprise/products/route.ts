import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createEnterpriseProductWorkflow } from "../../../workflows/enterprise-products/create-enterprise-product"
import { listEnterpriseListings, retrieveEnterpriseListing } from "../../../workflows/enterprise-products/own-products"
import { enterpriseOf } from "../context"
import type { EnterpriseCreateProductType, EnterpriseListProductsType } from "./validators"

/** GET /enterprise/products — the caller's own listings (optionally ?status=), newest first. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, EnterpriseListProductsType>, res: MedusaResponse) => {
  const { enterpriseId } = enterpriseOf(req)
  const { status, limit, offset } = req.validatedQuery as EnterpriseListProductsType
  const { listings, count } = await listEnterpriseListings(req.scope, enterpriseId, { status, limit, offset })
  res.json({ products: listings, count, limit, offset })
}

/** POST /enterprise/products — a new listing (draft) of the caller's enterprise. */
export const POST = async (req: AuthenticatedMedusaRequest<EnterpriseCreateProductType>, res: MedusaResponse) => {
  const { enterpriseId } = enterpriseOf(req)
  const { result: productId } = await createEnterpriseProductWorkflow(req.scope).run({ input: { ...req.validatedBody, enterprise_id: enterpriseId } })
  res.status(201).json({ product: await retrieveEnterpriseListing(req.scope, enterpriseId, productId) })
}
