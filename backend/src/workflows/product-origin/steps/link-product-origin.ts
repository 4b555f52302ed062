import type { LinkDefinition, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BRAND_MODULE } from "../../../modules/brand"
import type BrandModuleService from "../../../modules/brand/service"
import { ENTERPRISE_MODULE } from "../../../modules/enterprise"
import type EnterpriseModuleService from "../../../modules/enterprise/service"

export interface ProductOrigin {
  brand_id: string | null
  enterprise_id: string | null
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

async function currentOrigin(container: MedusaContainer, productId: string): Promise<ProductOrigin> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "brand.id", "enterprise.id"],
    filters: { id: productId },
  })
  const product = data[0] as { brand: { id: string } | null; enterprise: { id: string } | null } | undefined
  if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${productId} was not found`)
  return { brand_id: product.brand?.id ?? null, enterprise_id: product.enterprise?.id ?? null }
}

async function assertKnown(container: MedusaContainer, origin: ProductOrigin): Promise<void> {
  if (origin.brand_id) {
    const [brand] = await container.resolve<BrandModuleService>(BRAND_MODULE).listBrands({ id: origin.brand_id }, { select: ["id"] })
    if (!brand) throw invalid(`brand_id "${origin.brand_id}" is not a brand in the catalogue`)
  }
  if (origin.enterprise_id) {
    const [enterprise] = await container.resolve<EnterpriseModuleService>(ENTERPRISE_MODULE).listEnterprises({ id: origin.enterprise_id }, { select: ["id"] })
    if (!enterprise) throw invalid(`enterprise_id "${origin.enterprise_id}" is not an enterprise`)
  }
}

function linksFor(productId: string, origin: ProductOrigin): LinkDefinition[] {
  return [
    ...(origin.brand_id ? [{ [Modules.PRODUCT]: { product_id: productId }, [BRAND_MODULE]: { brand_id: origin.brand_id } }] : []),
    ...(origin.enterprise_id ? [{ [Modules.PRODUCT]: { product_id: productId }, [ENTERPRISE_MODULE]: { enterprise_id: origin.enterprise_id } }] : []),
  ]
}

async function relink(container: MedusaContainer, productId: string, from: ProductOrigin, to: ProductOrigin): Promise<void> {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const stale = linksFor(productId, from)
  if (stale.length > 0) await link.dismiss(stale)
  const fresh = linksFor(productId, to)
  if (fresh.length > 0) await link.create(fresh)
}

/** Puts a product under a brand and an enterprise through module links; undone by restoring the old links. */
export const linkProductOriginStep = createStep(
  "link-product-origin",
  async (input: { product_id: string } & ProductOrigin, { container }) => {
    const { product_id, ...origin } = input
    const before = await currentOrigin(container, product_id)
    await assertKnown(container, origin)
    await relink(container, product_id, before, origin)
    return new StepResponse(origin, { product_id, before, after: origin })
  },
  async (change, { container }) => {
    if (change) await relink(container, change.product_id, change.after, change.before)
  }
)
