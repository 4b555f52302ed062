import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { BRAND_MODULE } from "../../../../modules/brand"
import type BrandModuleService from "../../../../modules/brand/service"
import { updateBrandWorkflow } from "../../../../workflows/brand/update-brand"
import type { AdminUpdateBrandType } from "../validators"

/** GET /admin/brands/:id — a brand with its parent and children. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const brand = await req.scope.resolve<BrandModuleService>(BRAND_MODULE).retrieveBrand(req.params.id!, { relations: ["parent", "children"] })
  res.json({ brand })
}

/** POST /admin/brands/:id — edits a brand's name, story, mark, region, counties or logo. */
export const POST = async (req: MedusaRequest<AdminUpdateBrandType>, res: MedusaResponse) => {
  const { result } = await updateBrandWorkflow(req.scope).run({ input: { id: req.params.id!, ...req.validatedBody } })
  res.json({ brand: result })
}
