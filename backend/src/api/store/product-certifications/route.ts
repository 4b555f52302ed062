import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getProductCertificationsWorkflow } from "../../../workflows/certification/get-product-certifications"
import type { StoreGetProductCertificationsType } from "./validators"

/** GET /store/product-certifications?product_id=… — the certified badge and its certificate for each published product. */
export const GET = async (req: MedusaRequest<unknown, StoreGetProductCertificationsType>, res: MedusaResponse) => {
  const { product_id } = req.validatedQuery as StoreGetProductCertificationsType
  const { result } = await getProductCertificationsWorkflow(req.scope).run({ input: { productIds: product_id } })
  res.json({ certifications: result })
}
