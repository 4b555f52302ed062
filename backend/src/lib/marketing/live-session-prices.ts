import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { LiveSessionPrice } from "@seleno/domain"

export type { LiveSessionPrice } from "@seleno/domain"

/** A price as the pricing module stores it; only what telling a regular price apart needs. */
export interface StoredPrice {
  amount: number | string | null
  currency_code: string | null
  price_list_id?: string | null
  rules_count?: number | null
  min_quantity?: number | string | null
}

export const SESSION_CURRENCY = "cny"

/**
 * The regular CNY price among a variant's prices: not from a price list (a sale, a session), not for
 * a region or customer group (rules) and not a quantity tier. Undefined when the variant has none.
 */
export function regularCnyPrice(prices: readonly StoredPrice[]): number | undefined {
  const regular = prices.find(
    (p) =>
      p.currency_code?.toLowerCase() === SESSION_CURRENCY &&
      !p.price_list_id &&
      !p.rules_count &&
      (p.min_quantity === null || p.min_quantity === undefined || Number(p.min_quantity) <= 1)
  )
  return regular && regular.amount !== null ? Number(regular.amount) : undefined
}

export interface VariantPricing {
  id: string
  product_id: string | null
  regular: number | undefined
}

/** Why one requested session price cannot be used, as a message naming its place in `prices`. */
export function sessionPriceProblem(
  index: number,
  price: { variant_id: string; amount: number },
  variant: VariantPricing | undefined
): string | undefined {
  const field = `prices[${index}]`
  if (!variant) return `${field}.variant_id: there is no product variant ${price.variant_id}`
  if (!Number.isFinite(price.amount) || price.amount <= 0) return `${field}.amount: a session price must be more than ¥0`
  if (variant.regular === undefined) return `${field}.variant_id: variant ${price.variant_id} has no CNY price to cut from`
  if (price.amount >= variant.regular) {
    return `${field}.amount: the session price ¥${price.amount} must be below the variant's price ¥${variant.regular}`
  }
  return undefined
}

type Query = { graph: (config: object) => Promise<{ data: unknown[] }> }

interface VariantRow {
  id: string
  product_id: string | null
  prices?: StoredPrice[] | null
}

/** The variants with these ids and their regular CNY prices (ids that do not exist are absent). */
export async function loadVariantPricing(container: MedusaContainer, variantIds: readonly string[]): Promise<Map<string, VariantPricing>> {
  const out = new Map<string, VariantPricing>()
  if (!variantIds.length) return out
  const query = container.resolve<Query>(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "product_id", "prices.amount", "prices.currency_code", "prices.price_list_id", "prices.rules_count", "prices.min_quantity"],
    filters: { id: [...new Set(variantIds)] },
  })
  for (const row of data as VariantRow[]) {
    out.set(row.id, { id: row.id, product_id: row.product_id, regular: regularCnyPrice(row.prices ?? []) })
  }
  return out
}

interface PriceSetRow {
  id: string
  variant?: { id: string; product_id: string | null } | null
  prices?: StoredPrice[] | null
}

/**
 * Each price list's session prices with the variant they price and its regular price, read from the
 * pricing module (the price list is where session prices live; nothing copies them).
 */
export async function loadSessionPrices(container: MedusaContainer, priceListIds: readonly string[]): Promise<Map<string, LiveSessionPrice[]>> {
  const out = new Map<string, LiveSessionPrice[]>()
  const ids = [...new Set(priceListIds)]
  if (!ids.length) return out
  const prices = await container.resolve(Modules.PRICING).listPrices(
    { price_list_id: ids },
    { select: ["id", "amount", "currency_code", "price_set_id", "price_list_id"] }
  )
  const setIds = [...new Set(prices.map((p) => (p as { price_set_id?: string }).price_set_id).filter((id): id is string => !!id))]
  const sets = new Map<string, PriceSetRow>()
  if (setIds.length) {
    const query = container.resolve<Query>(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "price_set",
      fields: ["id", "variant.id", "variant.product_id", "prices.amount", "prices.currency_code", "prices.price_list_id", "prices.rules_count", "prices.min_quantity"],
      filters: { id: setIds },
    })
    for (const row of data as PriceSetRow[]) sets.set(row.id, row)
  }
  for (const price of prices) {
    const { price_set_id, price_list_id } = price as { price_set_id?: string; price_list_id?: string }
    if (!price_list_id || price.currency_code?.toLowerCase() !== SESSION_CURRENCY) continue
    const set = price_set_id ? sets.get(price_set_id) : undefined
    // A variant deleted since the session was made leaves a price that prices nothing: not shown.
    if (!set?.variant) continue
    const list = out.get(price_list_id) ?? []
    list.push({
      variant_id: set.variant.id,
      product_id: set.variant.product_id ?? "",
      amount: Number(price.amount),
      original_amount: regularCnyPrice(set.prices ?? []) ?? null,
    })
    out.set(price_list_id, list)
  }
  return out
}
