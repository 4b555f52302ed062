import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { REVIEW_KEY } from "../../workflows/enterprise-products/own-products"
import { DELISTED_KEY } from "../../workflows/enterprise-products/steps/follow-enterprise-standing"

// Medusa's store product routes return product metadata, where listing review (staff's note to the
// enterprise) and suspension bookkeeping live; shoppers see neither.
const INTERNAL_KEYS = [REVIEW_KEY, DELISTED_KEY]

type WithMetadata = { metadata?: Record<string, unknown> | null }

function strip(product: WithMetadata | undefined): void {
  if (!product?.metadata) return
  for (const key of INTERNAL_KEYS) delete product.metadata[key]
}

export function hideInternalProductMetadata(_req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const json = res.json.bind(res)
  res.json = (body: unknown) => {
    const page = body as { product?: WithMetadata; products?: WithMetadata[] } | null
    strip(page?.product)
    page?.products?.forEach(strip)
    return json(body)
  }
  next()
}
