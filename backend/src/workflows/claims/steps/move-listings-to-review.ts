import { Modules, ProductStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * Takes published listings off sale back to platform review ("proposed", where submitted listings
 * wait); undone by publishing them again. Only listings still published are moved, so a rerun moves nothing twice.
 */
export const moveListingsToReviewStep = createStep(
  "move-listings-back-to-review",
  async (ids: string[], { container }) => {
    if (ids.length === 0) return new StepResponse<string[], string[]>([], [])
    const products = container.resolve(Modules.PRODUCT)
    const published = (await products.listProducts({ id: ids, status: ProductStatus.PUBLISHED }, { select: ["id"] })).map((p) => p.id)
    if (published.length > 0) await products.updateProducts({ id: published }, { status: ProductStatus.PROPOSED })
    return new StepResponse(published, published)
  },
  async (moved, { container }) => {
    if (moved?.length) await container.resolve(Modules.PRODUCT).updateProducts({ id: moved }, { status: ProductStatus.PUBLISHED })
  }
)
