/**
 * An enterprise ships its part in two moves: it packs (a Medusa fulfilment without a waybill, which
 * it may still cancel), then ships the packed parcel with a carrier and waybill number. Medusa
 * refuses to cancel a shipped fulfilment; a wrong waybill is corrected instead.
 */
export type FulfilmentStage = "packed" | "shipped"

export function fulfilmentStage(fulfilment: { shipped_at: string | Date | null | undefined }): FulfilmentStage {
  return fulfilment.shipped_at ? "shipped" : "packed"
}

/**
 * Refusals of a move that does not fit the fulfilment's stage (coded 400s the portal translates;
 * params: { fulfillment_id }): shipping or cancelling what is already shipped, correcting the
 * waybill of what is only packed.
 */
export const FULFILMENT_PROBLEM_CODES = ["fulfillment_already_shipped", "fulfillment_not_shipped"] as const
export type FulfilmentProblemCode = (typeof FULFILMENT_PROBLEM_CODES)[number]

export type FulfilmentMove = "ship" | "cancel" | "correct_waybill"

/** Why `move` does not fit a fulfilment at `stage`, or null when it does. */
export function fulfilmentMoveProblem(move: FulfilmentMove, stage: FulfilmentStage): FulfilmentProblemCode | null {
  if (move === "correct_waybill") return stage === "shipped" ? null : "fulfillment_not_shipped"
  return stage === "packed" ? null : "fulfillment_already_shipped"
}
