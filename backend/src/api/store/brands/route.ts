import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BRAND_FIELDS, toBrandTree, type BrandRecord } from "./helpers"

/** GET /store/brands — the brand catalogue as a tree (regional → county → enterprise) with product counts. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "brand", fields: BRAND_FIELDS }, { locale: req.locale })
  res.json({ brands: toBrandTree(data as BrandRecord[]) })
}
