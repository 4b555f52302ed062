import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BRAND_MODULE } from "../../../modules/brand"
import type BrandModuleService from "../../../modules/brand/service"

export interface UpdateBrandInput {
  id: string
  name?: string
  story?: string | null
  mark_type?: "gi_certification_mark" | "collective_mark" | "trademark" | "gi_filed"
  region?: string
  counties?: string[]
  logo_url?: string | null
}

/** Changes a brand's descriptive fields; undone by writing the previous values back. */
export const updateBrandStep = createStep(
  "update-brand",
  async (input: UpdateBrandInput, { container }) => {
    const service = container.resolve<BrandModuleService>(BRAND_MODULE)
    const { id, ...changes } = input
    const current = (await service.retrieveBrand(id, { select: ["id", ...Object.keys(changes)] })) as unknown as Record<string, unknown>
    const before = { id, ...Object.fromEntries(Object.keys(changes).map((key) => [key, current[key]])) } as UpdateBrandInput
    const brand = await service.updateBrands({ id, ...changes })
    return new StepResponse(brand, before)
  },
  async (before, { container }) => {
    if (before) await container.resolve<BrandModuleService>(BRAND_MODULE).updateBrands(before)
  }
)
