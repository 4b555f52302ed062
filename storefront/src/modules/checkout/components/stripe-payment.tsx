"use client"

import { useEffect, useRef, useState } from "react"
import type { Stripe } from "@stripe/stripe-js"
import { Elements, PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js"
import type { Messages } from "@/i18n/types"
import type { StripeHandoff } from "@/lib/actions/checkout"
import { checkoutReturnPath } from "@/lib/checkout/payment-methods"

function returnUrl(locale: string, cartId: string): string {
  return new URL(checkoutReturnPath(locale, cartId), window.location.origin).toString()
}

/**
 * Confirms the cart's PaymentIntent with Stripe.js: Alipay redirects to Alipay, WeChat Pay shows
 * Stripe's QR dialog, a card is entered in the Payment Element. Stripe then sends the shopper to
 * the return page, which waits for the webhook that turns the cart into an order.
 */
export function StripePayment({ handoff, stripe, locale, t }: { handoff: StripeHandoff; stripe: Stripe; locale: string; t: Messages["checkout"] }) {
  if (handoff.method === "card") {
    return (
      <Elements stripe={stripe} options={{ clientSecret: handoff.clientSecret, locale: locale === "en" ? "en" : "zh" }}>
        <CardPayment cartId={handoff.cartId} locale={locale} t={t} />
      </Elements>
    )
  }
  return <WalletPayment handoff={handoff} stripe={stripe} locale={locale} t={t} />
}

function WalletPayment({ handoff, stripe, locale, t }: { handoff: StripeHandoff; stripe: Stripe; locale: string; t: Messages["checkout"] }) {
  const [failed, setFailed] = useState<string | null>(null)
  const started = useRef<string | null>(null)
  useEffect(() => {
    if (started.current === handoff.clientSecret) return
    started.current = handoff.clientSecret
    const back = returnUrl(locale, handoff.cartId)
    const run = async () => {
      if (handoff.method === "alipay") {
        // Redirects to Alipay on success; resolves only on an error.
        const { error } = await stripe.confirmAlipayPayment(handoff.clientSecret, { return_url: back })
        if (error) setFailed(error.message ?? "")
        return
      }
      const { error, paymentIntent } = await stripe.confirmWechatPayPayment(handoff.clientSecret, {
        payment_method_options: { wechat_pay: { client: "web" } },
      })
      if (paymentIntent && (paymentIntent.status === "succeeded" || paymentIntent.status === "processing")) {
        window.location.assign(`${back}&payment_intent=${encodeURIComponent(paymentIntent.id)}&redirect_status=succeeded`)
        return
      }
      setFailed(error?.message ?? "")
    }
    run().catch((error: unknown) => setFailed(error instanceof Error ? error.message : ""))
  }, [handoff, stripe, locale])
  return failed === null ? (
    <p className="text-stone-700" aria-live="polite">
      {t.paymentContinue}
    </p>
  ) : (
    <p role="alert" className="font-medium text-danger-700">
      {t.errorPaymentIncomplete} {failed}
    </p>
  )
}

function CardPayment({ cartId, locale, t }: { cartId: string; locale: string; t: Messages["checkout"] }) {
  const stripe = useStripe()
  const elements = useElements()
  const [paying, setPaying] = useState(false)
  const [failed, setFailed] = useState<string | null>(null)
  // A button, not a form: this sits inside the checkout form.
  const pay = async () => {
    if (!stripe || !elements) return
    setPaying(true)
    setFailed(null)
    const { error } = await stripe.confirmPayment({ elements, confirmParams: { return_url: returnUrl(locale, cartId) } })
    // Only reached on an error: success redirects to the return page.
    setFailed(error.message ?? "")
    setPaying(false)
  }
  return (
    <div className="space-y-3" role="group" aria-labelledby="checkout-card-title">
      <h3 id="checkout-card-title" className="font-semibold text-stone-900">
        {t.cardDetails}
      </h3>
      <PaymentElement />
      {failed !== null ? (
        <p role="alert" className="font-medium text-danger-700">
          {t.errorPaymentIncomplete} {failed}
        </p>
      ) : null}
      <button type="button" className="btn-primary" disabled={!stripe || paying} onClick={() => void pay()}>
        {paying ? t.paying : t.payNow}
      </button>
    </div>
  )
}
