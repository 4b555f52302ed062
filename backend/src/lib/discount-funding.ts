import type { MedusaContainer } from "@medusajs/framework/types"

/**
 * How much of each order line's discount the platform funds, in fen: the part of a promotion
 * adjustment or a live-session price cut that must NOT reduce the enterprise's settlement.
 * Settlement adds it back to the enterprise's gross; the platform carries it.
 *
 * TODO(issue 17, funding helper): computed from the funding recorded on each campaign, code and
 * live price. Until then no discount is platform-funded.
 */
export async function platformFundedFenByItem(_container: MedusaContainer, _orderItemIds: string[]): Promise<Map<string, number>> {
  return new Map()
}
