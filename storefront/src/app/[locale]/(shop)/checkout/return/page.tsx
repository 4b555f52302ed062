import type { Metadata } from "next"
import Link from "next/link"
import { redirect } from "next/navigation"
import { getMessages, resolveLocale } from "@/i18n"
import { localePath } from "@/i18n/paths"
import { cartOutcome } from "@/lib/data/payment"
import { checkoutReturnPath } from "@/lib/checkout/payment-methods"
import { PaymentPoller } from "./payment-poller"

export async function generateMetadata({ params }: PageProps<"/[locale]/checkout/return">): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  return { title: getMessages(locale).checkoutReturn.metaTitle, robots: { index: false } }
}

/**
 * Where Stripe sends the shopper back (`?cart_id=…&payment_intent=…&redirect_status=…`). The
 * order is made by Stripe's webhook, so this page shows the order once the cart became one and
 * waits (polling, or a meta refresh without JavaScript) until then; a failed payment says so.
 */
export default async function CheckoutReturnPage({ params, searchParams }: PageProps<"/[locale]/checkout/return">) {
  const locale = resolveLocale((await params).locale)
  const query = await searchParams
  const cartId = typeof query.cart_id === "string" ? query.cart_id : ""
  const redirectStatus = typeof query.redirect_status === "string" ? query.redirect_status : ""
  const t = getMessages(locale).checkoutReturn
  const outcome = await cartOutcome(cartId)
  if (outcome.kind === "order") redirect(localePath(locale, `/order/confirmed/${outcome.orderId}`))

  const failed = outcome.kind === "failed" || redirectStatus === "failed" || redirectStatus === "canceled"
  if (outcome.kind === "missing" || failed) {
    return (
      <div className="mx-auto max-w-xl py-10 text-center" data-testid="payment-result">
        <h1 className="text-2xl font-bold text-stone-900">{failed ? t.failedTitle : t.missingTitle}</h1>
        <p className="mt-4 text-stone-700">{failed ? t.failedBody : t.missingBody}</p>
        <Link href={localePath(locale, "/checkout")} className="btn-primary mt-6">
          {t.backToCheckout}
        </Link>
      </div>
    )
  }

  const self = `${checkoutReturnPath(locale, cartId)}${redirectStatus ? `&redirect_status=${encodeURIComponent(redirectStatus)}` : ""}`
  return (
    <div className="mx-auto max-w-xl py-10 text-center" data-testid="payment-result">
      <noscript>
        <meta httpEquiv="refresh" content="5" />
      </noscript>
      <div role="status" aria-live="polite">
        <span aria-hidden className="mx-auto mb-4 block size-8 animate-spin rounded-full border-4 border-brand-100 border-t-brand-700 motion-reduce:animate-none" />
        <h1 className="text-2xl font-bold text-stone-900">{t.waitingTitle}</h1>
        <p className="mt-4 text-stone-700">{t.waitingBody}</p>
      </div>
      <a href={self} className="btn-secondary mt-6">
        {t.refresh}
      </a>
      <PaymentPoller cartId={cartId} confirmedPath={localePath(locale, "/order/confirmed")} />
    </div>
  )
}
