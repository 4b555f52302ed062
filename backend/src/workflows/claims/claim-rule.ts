import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { claimRefusalMessage } from "@seleno/domain"
import { listingClaims } from "./listing-claims"

/** The error code of every claim-rule refusal (the message carries the detailed codes). */
export const CLAIM_REFUSED = "selenium_claim_uncertified"

/**
 * The claim rule at publish time: throws a 400 naming each listing among `ids` that makes a
 * selenium claim (claim words or selenium facts) without a certificate in force covering it.
 * `onlyPublished` limits it to listings that are on sale after a change.
 */
export async function assertClaimRule(container: MedusaContainer, ids: string[], options: { onlyPublished?: boolean } = {}): Promise<void> {
  const listings = (await listingClaims(container, ids)).filter((l) => !options.onlyPublished || l.status === "published")
  const refused = listings.filter((l) => l.verdict.problems.length > 0)
  if (refused.length === 0) return
  throw new MedusaError(MedusaError.Types.INVALID_DATA, refused.map((l) => claimRefusalMessage(l.title, l.verdict)).join("; "), CLAIM_REFUSED)
}
