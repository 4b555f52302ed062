import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { BRAND_MODULE } from "../../../modules/brand"
import type BrandModuleService from "../../../modules/brand/service"
import { createBrandWorkflow } from "../../../workflows/brand/create-brand"
import type { AdminCreateBrandType } from "./validators"

/** GET /admin/brands — the whole catalogue, parents before children. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const brands = await req.scope.resolve<BrandModuleService>(BRAND_MODULE).listBrands({}, { order: { region: "ASC", handle: "ASC" } })
  res.json({ brands, count: brands.length })
}

/** POST /admin/brands — adds a brand where the tree allows it. */
export const POST = async (req: MedusaRequest<AdminCreateBrandType>, res: MedusaResponse) => {
  const { result } = await createBrandWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ brand: result })
}
