import type { LinkDefinition, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CERTIFICATION_MODULE } from "../../../modules/certification"

const linksFor = (productId: string, certificateIds: string[]): LinkDefinition[] =>
  certificateIds.map((id) => ({ [Modules.PRODUCT]: { product_id: productId }, [CERTIFICATION_MODULE]: { certificate_id: id } }))

async function relink(container: MedusaContainer, productId: string, from: string[], to: string[]): Promise<void> {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const stale = from.filter((id) => !to.includes(id))
  const fresh = to.filter((id) => !from.includes(id))
  if (stale.length > 0) await link.dismiss(linksFor(productId, stale))
  if (fresh.length > 0) await link.create(linksFor(productId, fresh))
}

/** Makes the product's certificate links exactly `certificate_ids`; undone by restoring the old set. */
export const setProductCertificatesStep = createStep(
  "set-enterprise-product-certificates",
  async (input: { product_id: string; before: string[]; certificate_ids: string[] }, { container }) => {
    await relink(container, input.product_id, input.before, input.certificate_ids)
    return new StepResponse(input.certificate_ids, input)
  },
  async (change, { container }) => {
    if (change) await relink(container, change.product_id, change.certificate_ids, change.before)
  }
)
