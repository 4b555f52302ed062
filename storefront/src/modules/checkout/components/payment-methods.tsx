"use client"

import type { Messages } from "@/i18n/types"
import { isStripeMethod, type PaymentMethodId } from "@/lib/checkout/payment-methods"
import type { StripeJsState } from "./use-stripe-js"

const LABELS = {
  wechat: ["paymentWechat", "paymentWechatHint"],
  alipay: ["paymentAlipay", "paymentAlipayHint"],
  card: ["paymentCard", "paymentCardHint"],
  system: ["paymentSystem", "paymentSystemHint"],
} as const satisfies Record<PaymentMethodId, readonly [keyof Messages["checkout"], keyof Messages["checkout"]]>

/** The payment method radio group; says so when Stripe.js cannot load for a Stripe method. */
export function PaymentMethods({
  methods,
  value,
  onChange,
  stripe,
  t,
}: {
  methods: PaymentMethodId[]
  value: PaymentMethodId
  onChange: (method: PaymentMethodId) => void
  stripe: StripeJsState["status"]
  t: Messages["checkout"]
}) {
  const needsStripe = isStripeMethod(value)
  return (
    <fieldset className="space-y-2" aria-describedby="checkout-payment-status">
      <legend className="text-lg font-semibold text-stone-900">{t.stepPayment}</legend>
      {methods.map((m) => {
        const [label, hint] = LABELS[m]
        return (
          <label
            key={m}
            className="flex min-h-11 cursor-pointer items-start gap-3 rounded-md border border-stone-400 bg-white px-3 py-2 has-checked:border-brand-700 has-checked:ring-2 has-checked:ring-brand-700"
          >
            <input
              type="radio"
              name="payment_method"
              value={m}
              checked={value === m}
              onChange={() => onChange(m)}
              aria-describedby={`checkout-payment-${m}-hint`}
              className="mt-1 size-4 accent-brand-700"
            />
            <span>
              <span className="block font-medium">{t[label]}</span>
              <span id={`checkout-payment-${m}-hint`} className="block text-sm text-stone-700">
                {t[hint]}
              </span>
            </span>
          </label>
        )
      })}
      <div id="checkout-payment-status" aria-live="polite">
        {needsStripe && stripe === "loading" ? <p className="text-sm text-stone-700">{t.stripeLoading}</p> : null}
        {needsStripe && stripe === "unavailable" ? (
          <p role="alert" className="rounded-md border-2 border-danger-700 bg-white p-3 font-medium text-danger-700">
            {t.stripeUnavailable}
          </p>
        ) : null}
      </div>
    </fieldset>
  )
}
