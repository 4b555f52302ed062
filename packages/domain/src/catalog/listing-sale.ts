/**
 * Whether an enterprise's listing is on sale. A published listing can be taken offline (下架) by its
 * enterprise and put back (上架) without a new review; an offline listing is out of every sales
 * channel, so the store, its search and cart completion no longer offer it. Orders already placed
 * are still shipped and settled.
 */
export const LISTING_SALE_STATES = ["on_sale", "offline", "not_published"] as const
export type ListingSaleState = (typeof LISTING_SALE_STATES)[number]

/** The sale state of a listing from its review status and when it was taken offline (null: never, or put back). */
export function listingSaleState(status: string, offlineAt: string | Date | null | undefined): ListingSaleState {
  if (offlineAt) return "offline"
  return status === "published" ? "on_sale" : "not_published"
}

/** Refusals of taking a listing offline, putting it back and deleting it; the portal translates each. */
export const LISTING_SALE_PROBLEM_CODES = [
  "listing_not_published",
  "listing_already_offline",
  "listing_not_offline",
  "listing_delete_on_sale",
  "listing_delete_open_orders",
  "cart_product_off_sale",
] as const
export type ListingSaleProblemCode = (typeof LISTING_SALE_PROBLEM_CODES)[number]

/**
 * Why a listing cannot be deleted, or null: one on sale is taken offline first, and one with units
 * reserved by orders not yet shipped waits until they are (Medusa keeps its inventory until then).
 */
export function deleteListingProblem(state: ListingSaleState, reservedUnits = 0): ListingSaleProblemCode | null {
  if (state === "on_sale") return "listing_delete_on_sale"
  return reservedUnits > 0 ? "listing_delete_open_orders" : null
}
