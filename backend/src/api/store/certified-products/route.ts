import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { getProductCertificationsWorkflow } from "../../../workflows/certification/get-product-certifications"

/**
 * GET /store/certified-products — ids of the published products that carry the 富硒认证 badge right
 * now, evaluated at read time by the same rule as the badge, for "certified only" product lists.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const products = await req.scope.resolve(Modules.PRODUCT).listProducts({ status: "published" }, { select: ["id"] })
  const { result } = await getProductCertificationsWorkflow(req.scope).run({ input: { productIds: products.map((p) => p.id) } })
  res.json({ product_ids: result.filter((c) => c.certified).map((c) => c.product_id) })
}
