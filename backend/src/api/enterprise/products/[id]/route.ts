import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteEnterpriseProductWorkflow } from "../../../../workflows/enterprise-products/delete-enterprise-product"
import { retrieveEnterpriseListing } from "../../../../workflows/enterprise-products/own-products"
import { updateEnterpriseProductWorkflow } from "../../../../workflows/enterprise-products/update-enterprise-product"
import { enterpriseOf } from "../../context"
import type { EnterpriseUpdateProductType } from "../validators"

/** GET /enterprise/products/:id — one own listing; another enterprise's is "not found". */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { enterpriseId } = enterpriseOf(req)
  res.json({ product: await retrieveEnterpriseListing(req.scope, enterpriseId, req.params.id!) })
}

/** POST /enterprise/products/:id — edits a listing; a new brand, certificates or selenium content send a published one back to review. */
export const POST = async (req: AuthenticatedMedusaRequest<EnterpriseUpdateProductType>, res: MedusaResponse) => {
  const { enterpriseId } = enterpriseOf(req)
  const { result } = await updateEnterpriseProductWorkflow(req.scope).run({
    input: { ...req.validatedBody, enterprise_id: enterpriseId, product_id: req.params.id! },
  })
  res.json({ product: await retrieveEnterpriseListing(req.scope, enterpriseId, req.params.id!), back_to_review: result.back_to_review })
}

/** DELETE /enterprise/products/:id — withdraws a listing from the portal and the store. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { enterpriseId } = enterpriseOf(req)
  await deleteEnterpriseProductWorkflow(req.scope).run({ input: { enterprise_id: enterpriseId, product_id: req.params.id! } })
  res.json({ id: req.params.id, object: "product", deleted: true })
}
