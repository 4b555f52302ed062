import type { AuthorizePaymentInput, AuthorizePaymentOutput, Logger } from "@medusajs/framework/types"
import { PaymentSessionStatus } from "@medusajs/framework/utils"
import StripeBase from "@medusajs/payment-stripe/dist/core/stripe-base"
import type { SelenoStripeOptions } from "./settings"
import { stripeClientForTestHost } from "./test-host-client"

/** The fields of a PaymentIntent this class compares; amounts in the currency's smallest unit. */
interface IntentAmounts {
  id?: string
  amount?: number
  amount_received?: number
  amount_capturable?: number
  currency?: string
}

/**
 * What our Stripe providers add to Medusa's StripeBase:
 * - the test-only API host (see settings.ts),
 * - an amount check before a payment is created: the intent Stripe reports as paid (or
 *   capturable) must carry the amount and currency Medusa created or last updated it with.
 */
export default abstract class SelenoStripeBase extends StripeBase {
  private static hasWarnedTestHost = false
  declare protected readonly options_: SelenoStripeOptions

  protected constructor(cradle: Record<string, unknown>, options: SelenoStripeOptions) {
    super(cradle, options)
    if (options.apiHost) {
      this.stripe_ = stripeClientForTestHost<typeof this.stripe_>(options.apiKey, options.apiHost)
      if (!SelenoStripeBase.hasWarnedTestHost) {
        SelenoStripeBase.hasWarnedTestHost = true
        this.logger()?.warn(`Stripe: using the TEST API host ${options.apiHost} instead of api.stripe.com (STRIPE_API_HOST)`)
      }
    }
  }

  /**
   * Medusa creates the Payment from the session's amount once this says AUTHORIZED or CAPTURED,
   * whatever the intent actually holds. An intent changed behind Medusa's back (its amount
   * edited in the Stripe dashboard or through the API, another currency) would be recorded as
   * fully paid. `input.data` is the intent as Medusa last created or updated it, so its
   * `amount` is what the shopper owes in the smallest unit: anything else is refused.
   */
  override async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    const result = await super.authorizePayment(input)
    if (result.status !== PaymentSessionStatus.AUTHORIZED && result.status !== PaymentSessionStatus.CAPTURED) return result
    const expected = (input.data ?? {}) as IntentAmounts
    const intent = (result.data ?? {}) as IntentAmounts
    const paid = result.status === PaymentSessionStatus.CAPTURED ? intent.amount_received : intent.amount_capturable
    const mismatch = amountMismatch(expected, intent, paid)
    if (!mismatch) return result
    this.logger()?.warn(`Stripe: refusing PaymentIntent ${intent.id}: ${mismatch}`)
    // Keep the session's data as it was: storing the intent's would make the changed amount the
    // expected one, and the next webhook retry would pass.
    return { status: PaymentSessionStatus.ERROR, data: { ...input.data, amount_mismatch: mismatch } }
  }

  private logger(): Logger | undefined {
    return this.container_.logger as Logger | undefined
  }
}

/** Why the intent does not match what Medusa asked for, or null when it does. */
export function amountMismatch(expected: IntentAmounts, intent: IntentAmounts, paid: number | undefined): string | null {
  if (expected.currency !== intent.currency) return `currency ${intent.currency}, expected ${expected.currency}`
  if (typeof expected.amount !== "number") return "the payment session does not record the amount it asked for"
  if (intent.amount !== expected.amount) return `amount ${intent.amount}, expected ${expected.amount} (smallest unit)`
  if (paid !== expected.amount) return `paid ${paid}, expected ${expected.amount} (smallest unit)`
  return null
}
