import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addEnterpriseVariantWorkflow } from "../../../../../workflows/enterprise-products/add-enterprise-variant"
import { retrieveEnterpriseListing } from "../../../../../workflows/enterprise-products/own-products"
import { enterpriseOf } from "../../../context"
import type { EnterpriseCreateVariantType } from "../../validators"

/** POST /enterprise/products/:id/variants — a new variant (size) of an own listing, with its price and stock; a published listing stays published. */
export const POST = async (req: AuthenticatedMedusaRequest<EnterpriseCreateVariantType>, res: MedusaResponse) => {
  const { enterpriseId } = enterpriseOf(req)
  const { result: variantId } = await addEnterpriseVariantWorkflow(req.scope).run({
    input: { ...req.validatedBody, enterprise_id: enterpriseId, product_id: req.params.id! },
  })
  const product = await retrieveEnterpriseListing(req.scope, enterpriseId, req.params.id!)
  res.status(201).json({ variant: product.variants.find((v) => v.id === variantId), product })
}
