import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assertAboveFloors, assertPriceListPricesAllowed, type ProposedPrice } from "../../lib/funding/floors"

type PriceBody = { variant_id?: unknown; amount?: unknown; currency_code?: unknown }

function proposed(field: string, prices: unknown, variantId?: string): ProposedPrice[] {
  if (!Array.isArray(prices)) return []
  return prices.flatMap((raw: PriceBody, index) => {
    const variant = typeof raw?.variant_id === "string" ? raw.variant_id : variantId
    if (!variant || typeof raw?.amount !== "number") return []
    return [{ field: `${field}[${index}].amount`, variant_id: variant, amount: raw.amount, currency_code: typeof raw.currency_code === "string" ? raw.currency_code : null }]
  })
}

const run = (check: (req: MedusaRequest) => Promise<void>) => (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
  check(req).then(() => next(), next)
}

/**
 * Medusa's own price-list routes (POST /admin/price-lists, /admin/price-lists/:id and
 * /admin/price-lists/:id/prices/batch, 2.21 body shapes): a price on an enterprise's variant may
 * not go below its floor, nor below its regular price without the enterprise's consent.
 */
export const guardPriceListPrices = run(async (req) => {
  const body = (req.body ?? {}) as { prices?: unknown; create?: unknown; update?: unknown }
  await assertPriceListPricesAllowed(req.scope, [...proposed("prices", body.prices), ...proposed("create", body.create), ...proposed("update", body.update)])
})

/** Staff changing an enterprise variant's own prices (POST /admin/products/:id/variants/:variant_id) keep to its floor. */
export const guardVariantPrices = run(async (req) => {
  const body = (req.body ?? {}) as { prices?: unknown }
  await assertAboveFloors(req.scope, proposed("prices", body.prices, req.params.variant_id))
})

/** The same for variants changed through POST /admin/products/:id and /admin/products/:id/variants/batch. */
export const guardProductVariantPrices = run(async (req) => {
  const body = (req.body ?? {}) as { variants?: unknown; update?: unknown }
  const variants = [...(Array.isArray(body.variants) ? body.variants : []), ...(Array.isArray(body.update) ? body.update : [])] as { id?: unknown; prices?: unknown }[]
  await assertAboveFloors(
    req.scope,
    variants.flatMap((v, i) => (typeof v?.id === "string" ? proposed(`variants[${i}].prices`, v.prices, v.id) : []))
  )
})
