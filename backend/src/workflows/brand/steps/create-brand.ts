import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BRAND_MODULE } from "../../../modules/brand"
import type BrandModuleService from "../../../modules/brand/service"

export interface CreateBrandInput {
  handle: string
  name: string
  story?: string | null
  level: "regional" | "county" | "enterprise"
  mark_type: "gi_certification_mark" | "collective_mark" | "trademark" | "gi_filed"
  region: string
  counties?: string[]
  logo_url?: string | null
  parent_id?: string | null
}

/** Adds a brand to the catalogue where the tree allows it; undone by deleting it. */
export const createBrandStep = createStep(
  "create-brand",
  async (input: CreateBrandInput, { container }) => {
    const service = container.resolve<BrandModuleService>(BRAND_MODULE)
    await service.assertHandleFree(input.handle)
    await service.assertPlacement(input.level, input.parent_id)
    const brand = await service.createBrands(input)
    return new StepResponse(brand, brand.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<BrandModuleService>(BRAND_MODULE).deleteBrands(id)
  }
)
