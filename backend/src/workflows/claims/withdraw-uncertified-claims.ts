import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { PRODUCT_CLAIMS_CHANGED } from "../../lib/events"
import { findEnterpriseRecipientsStep } from "./steps/find-enterprise-recipients"
import { findUncertifiedClaimListingsStep } from "./steps/find-uncertified-claim-listings"
import { moveListingsToReviewStep } from "./steps/move-listings-to-review"

export interface WithdrawClaimsInput {
  /** When "now" is, as an ISO date; keys the notices so a rerun the same day sends nothing twice. */
  at: string
}

/**
 * The daily half of the claim rule: a published listing whose selenium claim lost its certificate
 * (expired, revoked, enterprise suspended …) goes back to platform review, and its enterprise's
 * accounts are told why. Read time already hid its facts; this takes the claim words off sale.
 * Listings without claim words or facts stay on sale.
 */
export const withdrawUncertifiedClaimsWorkflow = createWorkflow("withdraw-uncertified-selenium-claims", (input: WithdrawClaimsInput) => {
  const listings = findUncertifiedClaimListingsStep({})
  const moved = moveListingsToReviewStep(transform({ listings }, ({ listings }) => listings.map((l) => l.id)))
  const recipients = findEnterpriseRecipientsStep(
    transform({ listings }, ({ listings }) => [...new Set(listings.flatMap((l) => (l.enterprise ? [l.enterprise.id] : [])))])
  )
  const notifications = transform({ listings, moved, recipients, input }, ({ listings, moved, recipients, input }) =>
    listings
      .filter((l) => moved.includes(l.id) && l.enterprise)
      .flatMap((l) =>
        (recipients[l.enterprise!.id] ?? []).map((to) => ({
          to,
          channel: "email",
          template: "listing-claims-withdrawn",
          trigger_type: "product.claims_withdrawn",
          resource_id: l.id,
          resource_type: "product",
          idempotency_key: `claims-withdrawn:${l.id}:${to}:${input.at.slice(0, 10)}`,
          data: {
            product: { id: l.id, handle: l.handle, title: l.title },
            enterprise: l.enterprise,
            reason: l.verdict.reason,
            problems: l.verdict.problems,
            words: l.verdict.words,
          },
        }))
      )
  )
  sendNotificationsStep(notifications)
  emitEventStep({ eventName: PRODUCT_CLAIMS_CHANGED, data: transform({ moved }, ({ moved }) => ({ id: moved })) })
  return new WorkflowResponse(moved)
})
