import type { MedusaContainer } from "@medusajs/framework/types"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { getProductCertificationsWorkflow } from "../../../../../workflows/certification/get-product-certifications"
import { setProductOriginWorkflow } from "../../../../../workflows/product-origin/set-product-origin"
import type { AdminSetProductOriginType } from "./validators"

/** The product's brand, enterprise and whether it shows the certified badge now. */
async function originOf(scope: MedusaContainer, productId: string) {
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "status", "brand.id", "brand.handle", "brand.name", "brand.level", "enterprise.id", "enterprise.handle", "enterprise.name", "enterprise.status"],
    filters: { id: productId },
  })
  const product = data[0] as { status: string; brand: unknown; enterprise: unknown } | undefined
  if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${productId} was not found`)
  const { result } = await getProductCertificationsWorkflow(scope).run({ input: { productIds: [productId] } })
  // Drafts are not evaluated: the badge only ever shows on published products.
  const certification = result[0] ?? { certified: false, reason: "not_published", certificate: null }
  return { brand: product.brand ?? null, enterprise: product.enterprise ?? null, certification }
}

/** GET /admin/products/:id/origin */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ origin: await originOf(req.scope, req.params.id!) })
}

/** POST /admin/products/:id/origin — sets brand and enterprise; refused when the brand rule is broken. */
export const POST = async (req: MedusaRequest<AdminSetProductOriginType>, res: MedusaResponse) => {
  await setProductOriginWorkflow(req.scope).run({ input: { product_id: req.params.id!, ...req.validatedBody } })
  res.json({ origin: await originOf(req.scope, req.params.id!) })
}
