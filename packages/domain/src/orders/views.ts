/**
 * The one view of what a cart or order costs, built from Medusa's computed totals and rendered
 * everywhere an amount is shown (cart, checkout, confirmation, order pages, portal, e-mails).
 * Every amount is integer fen (0.01 CNY); prices are tax-inclusive, so VAT is shown as included.
 */

/** One line: what it lists at (before promotions) and what the shopper pays for it. */
export interface TotalsLineView {
  id: string
  title: string
  variant_title: string | null
  quantity: number
  unit_fen: number
  /** unit price × quantity: the listed price, tax included, before promotions. */
  original_fen: number
  /** What is paid for the line after its share of the discounts. */
  paid_fen: number
}

/** One discount by name: a promotion code (or the campaign it belongs to) and what it took off. */
export interface TotalsDiscountView {
  /** The promotion code, or null for a discount Medusa applied without one. */
  code: string | null
  /** The campaign's name when known, else null (the component then shows the code). */
  name: string | null
  amount_fen: number
}

/** One parcel's shipping: one shipping method per parcel (enterprise × temperature class). */
export interface TotalsShippingView {
  id: string
  name: string
  /** The option's price before promotions. Shipping discounts are listed with the discounts. */
  amount_fen: number
}

export interface TotalsView {
  currency_code: string
  items: TotalsLineView[]
  /** Sum of the lines' listed prices. */
  items_fen: number
  discounts: TotalsDiscountView[]
  discount_fen: number
  shipping: TotalsShippingView[]
  shipping_fen: number
  /** VAT already included in the total (prices are tax-inclusive). */
  tax_included_fen: number
  /** Medusa's total, to the fen: items − discounts + shipping. */
  total_fen: number
}

/**
 * A Medusa amount as it arrives over HTTP (number), from Query (Medusa's BigNumber: `raw.value`
 * holds the exact decimal, `numeric` the number) or as a stored raw amount (`value`).
 */
export type MedusaAmount =
  | number
  | string
  | { value?: number | string | null; raw?: { value?: number | string | null } | null; numeric?: number | null }
  | null
  | undefined

export interface MedusaAdjustmentLike {
  code?: string | null
  promotion_id?: string | null
  amount?: MedusaAmount
}

export interface MedusaLineLike {
  id: string
  title?: string | null
  product_title?: string | null
  variant_title?: string | null
  quantity: MedusaAmount
  unit_price: MedusaAmount
  original_total?: MedusaAmount
  total?: MedusaAmount
  tax_total?: MedusaAmount
  adjustments?: MedusaAdjustmentLike[] | null
}

export interface MedusaShippingMethodLike {
  id: string
  name?: string | null
  amount?: MedusaAmount
  original_total?: MedusaAmount
  total?: MedusaAmount
  tax_total?: MedusaAmount
  adjustments?: MedusaAdjustmentLike[] | null
}

/** The part of a Medusa cart or order (computed totals requested) the totals view reads. */
export interface MedusaTotalsSource {
  currency_code?: string | null
  items?: MedusaLineLike[] | null
  shipping_methods?: MedusaShippingMethodLike[] | null
  tax_total?: MedusaAmount
  total?: MedusaAmount
}

/**
 * The fields buildTotalsView reads, for Medusa's store API (`fields`, each with a "+" to keep the
 * route's defaults) and for Query. Medusa computes totals only when a top-level total is asked
 * for, which `total` here always is.
 */
export const TOTALS_FIELDS = [
  "currency_code",
  "total",
  "item_total",
  "tax_total",
  "discount_total",
  "shipping_total",
  "items.id",
  "items.title",
  "items.product_title",
  "items.variant_title",
  "items.quantity",
  "items.unit_price",
  "items.original_total",
  "items.total",
  // Whole adjustments: Medusa's store order route allows only id and amount one by one.
  "items.adjustments.*",
  "shipping_methods.id",
  "shipping_methods.name",
  "shipping_methods.amount",
  "shipping_methods.original_total",
  "shipping_methods.total",
  "shipping_methods.adjustments.*",
] as const
