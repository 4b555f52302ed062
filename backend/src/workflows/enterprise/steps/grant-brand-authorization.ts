import type { LinkDefinition, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BRAND_MODULE } from "../../../modules/brand"
import type BrandModuleService from "../../../modules/brand/service"
import { ENTERPRISE_MODULE } from "../../../modules/enterprise"
import type EnterpriseModuleService from "../../../modules/enterprise/service"

export interface GrantBrandAuthorizationInput {
  enterprise_id: string
  brand_id: string
  category_handles: string[]
  valid_from: Date
  valid_until: Date
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * Why a brand and categories cannot be authorized (asked for or granted): the brand must be a
 * regional or county brand of the catalogue and every category a product category.
 */
export async function brandGrantProblem(
  container: MedusaContainer,
  brandId: string,
  categoryHandles: string[]
): Promise<{ code: "authorization_request_brand" | "authorization_request_categories"; message: string; params: Record<string, string> } | null> {
  const [brand] = await container.resolve<BrandModuleService>(BRAND_MODULE).listBrands({ id: brandId }, { select: ["id", "level", "name"] })
  if (!brand) return { code: "authorization_request_brand", message: `brand_id "${brandId}" is not a brand in the catalogue`, params: { brand: brandId } }
  if (brand.level === "enterprise") {
    return { code: "authorization_request_brand", message: `brand_id: ${brand.name} is an enterprise brand; only regional and county brands are authorized`, params: { brand: brand.name } }
  }
  const categories = await container.resolve(Modules.PRODUCT).listProductCategories({ handle: categoryHandles }, { select: ["handle"] })
  const known = new Set(categories.map((c) => c.handle))
  const unknown = categoryHandles.filter((h) => !known.has(h))
  if (unknown.length > 0) {
    return { code: "authorization_request_categories", message: `category_handles: ${unknown.map((h) => `"${h}"`).join(", ")} is not a product category`, params: { categories: unknown.join(", ") } }
  }
  return null
}

/** Checks that the brand, categories and dates make a grant that can be honoured. */
async function assertGrantable(input: GrantBrandAuthorizationInput, container: MedusaContainer) {
  if (new Date(input.valid_until).getTime() <= new Date(input.valid_from).getTime()) throw invalid("valid_until must be after valid_from")
  await container.resolve<EnterpriseModuleService>(ENTERPRISE_MODULE).retrieveEnterprise(input.enterprise_id, { select: ["id"] })
  const problem = await brandGrantProblem(container, input.brand_id, input.category_handles)
  if (problem) throw invalid(problem.message)
}

/** Grants an enterprise the use of a regional or county brand; undone by removing the grant and its link. */
export const grantBrandAuthorizationStep = createStep(
  "grant-brand-authorization",
  async (input: GrantBrandAuthorizationInput, { container }) => {
    await assertGrantable(input, container)
    const service = container.resolve<EnterpriseModuleService>(ENTERPRISE_MODULE)
    const { brand_id, ...fields } = input
    const authorization = await service.createBrandAuthorizations(fields)
    const link: LinkDefinition = { [ENTERPRISE_MODULE]: { brand_authorization_id: authorization.id }, [BRAND_MODULE]: { brand_id } }
    await container.resolve(ContainerRegistrationKeys.LINK).create(link)
    return new StepResponse(authorization, { id: authorization.id, link })
  },
  async (created, { container }) => {
    if (!created) return
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss(created.link)
    await container.resolve<EnterpriseModuleService>(ENTERPRISE_MODULE).deleteBrandAuthorizations(created.id)
  }
)
