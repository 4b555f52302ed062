import type {
  MedusaAdjustmentLike,
  MedusaAmount,
  MedusaTotalsSource,
  TotalsDiscountView,
  TotalsLineView,
  TotalsShippingView,
  TotalsView,
} from "./views"

/**
 * A Medusa amount in fen, without float error and rounded half-up (四舍五入): the decimal text
 * is scaled by moving its point, so 4.795 becomes 480 fen, not 479 as 4.795 × 100 would give.
 */
export function fenOf(amount: MedusaAmount): number {
  const raw = rawOf(amount)
  if (raw === null || raw === undefined || raw === "") return 0
  const text = typeof raw === "number" ? exactDecimal(raw) : String(raw).trim()
  const match = /^(-)?(\d*)(?:\.(\d*))?$/.exec(text)
  if (!match) throw new RangeError(`not an amount: ${text}`)
  const [, minus, whole = "", frac = ""] = match
  const fen = Number(whole || "0") * 100 + Number((frac + "00").slice(0, 2))
  const roundUp = (frac[2] ?? "0") >= "5" ? 1 : 0
  const value = fen + roundUp
  if (!Number.isSafeInteger(value)) throw new RangeError(`amount ${text} is out of range`)
  return minus ? -value : value
}

/** The plain value of an amount, whichever shape Medusa gave it in. */
function rawOf(amount: MedusaAmount): number | string | null | undefined {
  if (amount === null || typeof amount !== "object") return amount
  return amount.raw?.value ?? amount.value ?? amount.numeric ?? undefined
}

/** A number's decimal text without exponent (1e-7 → "0.0000001"). */
function exactDecimal(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not an amount: ${value}`)
  const text = String(value)
  return /e/i.test(text) ? value.toFixed(20).replace(/0+$/, "") : text
}

/** A raw (unrounded) amount in fractional fen, for weighting only. */
function rawFen(amount: MedusaAmount): number {
  return Number(rawOf(amount) ?? 0) * 100
}

const isGiven = (amount: MedusaAmount) => {
  const raw = rawOf(amount)
  return raw !== null && raw !== undefined
}

/**
 * Splits `totalFen` over weights in proportion, largest remainder first, so the parts add up to
 * exactly `totalFen` whatever the rounding. Weights of zero get nothing (unless all are zero).
 */
export function splitFen(totalFen: number, weights: readonly number[]): number[] {
  if (!weights.length) return []
  const sum = weights.reduce((a, b) => a + Math.max(0, b), 0)
  const shares = weights.map((w) => (sum > 0 ? (totalFen * Math.max(0, w)) / sum : totalFen / weights.length))
  const floors = shares.map(Math.floor)
  let left = totalFen - floors.reduce((a, b) => a + b, 0)
  const order = shares.map((s, i) => ({ i, r: s - Math.floor(s) })).sort((a, b) => b.r - a.r || a.i - b.i)
  for (const { i } of order) {
    if (left <= 0) break
    floors[i] = (floors[i] ?? 0) + 1
    left -= 1
  }
  return floors
}

/** Names for discounts: campaign names by promotion code or promotion id. */
export type DiscountNames = Readonly<Record<string, string>>

/** Adds each adjustment's share of `discountRaw` (fractional fen) to the per-code weights. */
function weighAdjustments(weights: Map<string, number>, adjustments: readonly MedusaAdjustmentLike[] | null | undefined, discountRaw: number) {
  if (discountRaw <= 0) return
  const list = adjustments ?? []
  const amounts = list.map((a) => Math.max(0, rawFen(a.amount)))
  const sum = amounts.reduce((a, b) => a + b, 0)
  if (!list.length || sum <= 0) {
    weights.set("", (weights.get("") ?? 0) + discountRaw)
    return
  }
  list.forEach((a, i) => {
    const key = a.code ?? a.promotion_id ?? ""
    weights.set(key, (weights.get(key) ?? 0) + (discountRaw * (amounts[i] ?? 0)) / sum)
  })
}

/**
 * The totals view of a Medusa cart or order. Lines and shipping are shown at their listed prices
 * (exact fen), the total is Medusa's own; the discounts are what lies between, split by promotion
 * code in proportion to Medusa's adjustments. So the parts always add up to the total charged.
 */
export function buildTotalsView(source: MedusaTotalsSource, names: DiscountNames = {}): TotalsView {
  const weights = new Map<string, number>()
  const items: TotalsLineView[] = (source.items ?? []).map((item) => {
    const quantity = Number(rawOf(item.quantity) ?? 0)
    const unit = fenOf(item.unit_price)
    const original = isGiven(item.original_total) ? fenOf(item.original_total) : unit * quantity
    const paidRaw = isGiven(item.total) ? rawFen(item.total) : original
    weighAdjustments(weights, item.adjustments, original - paidRaw)
    return {
      id: item.id,
      title: item.product_title ?? item.title ?? "",
      variant_title: item.variant_title ?? null,
      quantity,
      unit_fen: unit,
      original_fen: original,
      paid_fen: isGiven(item.total) ? fenOf(item.total) : original,
    }
  })
  const shipping: TotalsShippingView[] = (source.shipping_methods ?? []).map((method) => {
    const original = fenOf(isGiven(method.original_total) ? method.original_total : method.amount)
    const paidRaw = isGiven(method.total) ? rawFen(method.total) : original
    weighAdjustments(weights, method.adjustments, original - paidRaw)
    return { id: method.id, name: method.name ?? "", amount_fen: original }
  })
  const items_fen = items.reduce((sum, line) => sum + line.original_fen, 0)
  const shipping_fen = shipping.reduce((sum, method) => sum + method.amount_fen, 0)
  const total_fen = fenOf(source.total)
  const discount_fen = items_fen + shipping_fen - total_fen
  const keys = [...weights.keys()]
  const amounts = discount_fen > 0 && keys.length ? splitFen(discount_fen, keys.map((k) => weights.get(k) ?? 0)) : []
  const discounts: TotalsDiscountView[] = keys
    .map((key, i) => ({ code: key || null, name: (key && names[key]) || null, amount_fen: amounts[i] ?? 0 }))
    .filter((d) => d.amount_fen > 0)
  if (discount_fen > 0 && !discounts.length) discounts.push({ code: null, name: null, amount_fen: discount_fen })
  return {
    currency_code: source.currency_code ?? "cny",
    items,
    items_fen,
    discounts,
    discount_fen: Math.max(0, discount_fen),
    shipping,
    shipping_fen,
    tax_included_fen: fenOf(source.tax_total),
    total_fen,
  }
}

/**
 * Why a totals view does not add up, or null when it does: lines, discounts and parcels must sum
 * to the total to the fen, and no part may be negative (a total above the listed prices means
 * Medusa charged something the view cannot name).
 */
export function totalsMismatch(view: TotalsView): string | null {
  const lines = view.items.reduce((s, l) => s + l.original_fen, 0)
  if (lines !== view.items_fen) return `lines sum to ${lines} fen, items show ${view.items_fen}`
  const parcels = view.shipping.reduce((s, m) => s + m.amount_fen, 0)
  if (parcels !== view.shipping_fen) return `parcels sum to ${parcels} fen, shipping shows ${view.shipping_fen}`
  const discounts = view.discounts.reduce((s, d) => s + d.amount_fen, 0)
  if (discounts !== view.discount_fen) return `discounts sum to ${discounts} fen, discount shows ${view.discount_fen}`
  if (view.discounts.some((d) => d.amount_fen < 0)) return "a discount is negative"
  const sum = view.items_fen - view.discount_fen + view.shipping_fen
  if (sum !== view.total_fen) return `items − discounts + shipping = ${sum} fen, total is ${view.total_fen}`
  return null
}

/** Fen as major units for formatPrice (12345 → 123.45). */
export const fenToAmount = (fen: number): number => fen / 100

const amountNumber = (amount: MedusaAmount): number => Number(rawOf(amount) ?? 0)

/**
 * One enterprise's part of an order as a totals source: its lines, the shipping methods of its
 * parcels, and a total that is what those lines and parcels were charged. Render it with
 * buildTotalsView like any order; its parts add up to the part's total.
 */
export function partTotalsSource(
  source: MedusaTotalsSource,
  part: { itemIds: ReadonlySet<string>; shippingMethodIds: ReadonlySet<string> }
): MedusaTotalsSource {
  const items = (source.items ?? []).filter((i) => part.itemIds.has(i.id))
  const methods = (source.shipping_methods ?? []).filter((m) => part.shippingMethodIds.has(m.id))
  const paid = (amount: MedusaAmount, fallback: MedusaAmount) => amountNumber(isGiven(amount) ? amount : fallback)
  const total =
    items.reduce((s, i) => s + paid(i.total, i.original_total), 0) + methods.reduce((s, m) => s + paid(m.total, m.amount), 0)
  const tax = items.reduce((s, i) => s + amountNumber(i.tax_total), 0) + methods.reduce((s, m) => s + amountNumber(m.tax_total), 0)
  return { currency_code: source.currency_code, items, shipping_methods: methods, total: total.toFixed(6), tax_total: tax.toFixed(6) }
}
