import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveEnterpriseListing } from "../../../../../../workflows/enterprise-products/own-products"
import { updateEnterpriseVariantWorkflow } from "../../../../../../workflows/enterprise-products/update-enterprise-variant"
import { enterpriseOf } from "../../../../context"
import type { EnterpriseUpdateVariantType } from "../../../validators"

/** POST /enterprise/products/:id/variants/:variant_id — price (CNY yuan) and/or stock, applied at once. */
export const POST = async (req: AuthenticatedMedusaRequest<EnterpriseUpdateVariantType>, res: MedusaResponse) => {
  const { enterpriseId } = enterpriseOf(req)
  await updateEnterpriseVariantWorkflow(req.scope).run({
    input: { ...req.validatedBody, enterprise_id: enterpriseId, product_id: req.params.id!, variant_id: req.params.variant_id! },
  })
  const product = await retrieveEnterpriseListing(req.scope, enterpriseId, req.params.id!)
  res.json({ variant: product.variants.find((v) => v.id === req.params.variant_id), product })
}
