import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveEnterpriseListing } from "../../../../../../../workflows/enterprise-products/own-products"
import { setLowStockThresholdWorkflow } from "../../../../../../../workflows/stock-alerts/set-low-stock-threshold"
import { enterpriseOf } from "../../../../../context"
import type { EnterpriseLowStockThresholdType } from "../../../../validators"

/** POST /enterprise/products/:id/variants/:variant_id/low-stock — set ({ threshold: n }) or remove ({ threshold: null }) the variant's low-stock threshold. */
export const POST = async (req: AuthenticatedMedusaRequest<EnterpriseLowStockThresholdType>, res: MedusaResponse) => {
  const { enterpriseId } = enterpriseOf(req)
  await setLowStockThresholdWorkflow(req.scope).run({
    input: { enterprise_id: enterpriseId, product_id: req.params.id!, variant_id: req.params.variant_id!, threshold: req.validatedBody.threshold },
  })
  const product = await retrieveEnterpriseListing(req.scope, enterpriseId, req.params.id!)
  res.json({ variant: product.variants.find((v) => v.id === req.params.variant_id), product })
}
