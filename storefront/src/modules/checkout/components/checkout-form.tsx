"use client"

import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from "react"
import type { Messages } from "@/i18n/types"
import { format } from "@/i18n/format"
import { placeOrderAction, type CheckoutState } from "@/lib/actions/checkout"
import { CHECKOUT_FIELD_ORDER, EMPTY_CHECKOUT, type CheckoutField, type CheckoutValues } from "@/lib/checkout/validation"
import type { AddressValues } from "@/lib/checkout/validation"
import { AddressFields } from "./address-fields"
import { FieldMessages, TextField } from "@/modules/common/components/field"
import { DEFAULT_PAYMENT_METHOD, isStripeMethod, type PaymentMethodId } from "@/lib/checkout/payment-methods"
import { ParcelOptions, type ParcelDisplay } from "./parcel-options"
import { PaymentMethods } from "./payment-methods"
import { StripePayment } from "./stripe-payment"
import { useStripeJs } from "./use-stripe-js"


export interface SavedAddress {
  id: string
  label: string
  values: AddressValues
}

const FIELD_IDS: Record<CheckoutField, string> = {
  email: "checkout-email",
  recipient: "checkout-recipient",
  province: "checkout-province",
  city: "checkout-city",
  district: "checkout-district",
  addressLine: "checkout-address-line",
  postalCode: "checkout-postal-code",
  phone: "checkout-phone",
  shipping: "checkout-shipping",
  shippingOptionId: "checkout-shipping",
  invoiceRequested: "checkout-invoice",
  invoiceType: "checkout-invoice-type",
  invoiceTitle: "checkout-invoice-title",
  taxpayerId: "checkout-taxpayer-id",
  consent: "checkout-consent",
}

export function CheckoutForm({
  locale,
  initial,
  savedAddresses,
  parcels,
  paymentMethods,
  stripeKey,
  t,
  privacyHref,
}: {
  locale: string
  initial: Partial<CheckoutValues>
  savedAddresses: SavedAddress[]
  /** The cart's parcels, one delivery choice each. */
  parcels: ParcelDisplay[]
  paymentMethods: PaymentMethodId[]
  /** Stripe's publishable key; without it no Stripe method is offered and Stripe.js never loads. */
  stripeKey?: string
  t: Messages["checkout"]
  privacyHref: string
}) {
  const [state, formAction, pending] = useActionState<CheckoutState, FormData>(placeOrderAction, { values: null, errors: {} })
  const values: CheckoutValues = { ...EMPTY_CHECKOUT, ...initial, ...(state.values ?? {}) }
  const [invoice, setInvoice] = useState(values.invoiceRequested)
  const [invoiceType, setInvoiceType] = useState(values.invoiceType)
  const [address, setAddress] = useState<{ key: string; values: AddressValues }>({ key: "initial", values })
  const summaryRef = useRef<HTMLDivElement>(null)
  const [method, setMethod] = useState<PaymentMethodId>(
    paymentMethods.includes(DEFAULT_PAYMENT_METHOD) ? DEFAULT_PAYMENT_METHOD : (paymentMethods[0] ?? DEFAULT_PAYMENT_METHOD)
  )
  const stripe = useStripeJs(stripeKey, isStripeMethod(method), locale)
  const stripeBlocked = isStripeMethod(method) && stripe.status !== "ready"
  const handoff = state.payment && state.payment.method === method && stripe.status === "ready" ? state.payment : undefined
  const err = (field: CheckoutField) => {
    const key = state.errors[field]
    return key ? t[key] : undefined
  }
  const errorFields = CHECKOUT_FIELD_ORDER.filter((f) => state.errors[f])

  useEffect(() => {
    if (state.at && (errorFields.length || state.formError)) summaryRef.current?.focus()
    // Focus the summary once per answer.
  }, [state.at])

  // Submit without React's automatic form reset, so every typed value stays in place on error.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    startTransition(() => formAction(data))
  }

  const addressErrors = {
    recipient: err("recipient"),
    province: err("province"),
    city: err("city"),
    district: err("district"),
    addressLine: err("addressLine"),
    postalCode: err("postalCode"),
    phone: err("phone"),
  }

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-8">
      <input type="hidden" name="locale" value={locale} />
      {errorFields.length || state.formError ? (
        <div ref={summaryRef} tabIndex={-1} role="alert" className="rounded-md border-2 border-danger-700 bg-white p-4">
          {state.formError ? <p className="font-semibold text-danger-700">{t[state.formError]}</p> : null}
          {errorFields.length ? (
            <>
              <p className="font-semibold text-danger-700">{format(t.errorSummary, { count: errorFields.length })}</p>
              <ul className="mt-2 list-disc pl-5 text-sm">
                {errorFields.map((f) => (
                  <li key={f}>
                    <a href={`#${FIELD_IDS[f]}`} className="link text-danger-700">
                      {err(f)}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold text-stone-900">{t.stepContact}</legend>
        <TextField
          id={FIELD_IDS.email}
          name="email"
          type="email"
          label={t.email}
          hint={t.emailHint}
          defaultValue={values.email}
          error={err("email")}
          autoComplete="email"
          inputMode="email"
        />
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold text-stone-900">{t.stepAddress}</legend>
        {savedAddresses.length ? (
          <div>
            <label htmlFor="checkout-saved-address" className="field-label">
              {t.useSavedAddress}
            </label>
            <select
              id="checkout-saved-address"
              className="field-input"
              defaultValue=""
              onChange={(e) => {
                const saved = savedAddresses.find((a) => a.id === e.target.value)
                if (saved) setAddress({ key: saved.id, values: saved.values })
              }}
            >
              <option value="">{t.newAddress}</option>
              {savedAddresses.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.label}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <AddressFields
          key={address.key}
          idPrefix="checkout"
          defaults={address.key === "initial" ? values : address.values}
          errors={addressErrors}
          labels={t}
        />
      </fieldset>

      <fieldset className="space-y-2" id={FIELD_IDS.shippingOptionId} tabIndex={-1}>
        <legend className="text-lg font-semibold text-stone-900">{t.stepShipping}</legend>
        <ParcelOptions locale={locale} parcels={parcels} selected={values.shipping} errors={state.parcelErrors ?? []} t={t} />
        <FieldMessages id={FIELD_IDS.shippingOptionId} error={err("shippingOptionId")} />
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold text-stone-900">{t.stepInvoice}</legend>
        <div className="flex items-center gap-3">
          <input
            id={FIELD_IDS.invoiceRequested}
            name="invoice_requested"
            type="checkbox"
            checked={invoice}
            onChange={(e) => setInvoice(e.target.checked)}
            className="size-5 accent-brand-700"
          />
          <label htmlFor={FIELD_IDS.invoiceRequested}>{t.invoiceRequest}</label>
        </div>
        {invoice ? (
          <div className="space-y-4">
            {/* 个人: the title is the shopper's name, no taxpayer id; 单位: company title and taxpayer id. */}
            <div role="radiogroup" aria-label={t.invoiceType} id={FIELD_IDS.invoiceType} tabIndex={-1} className="flex flex-wrap gap-4">
              {(["personal", "company"] as const).map((type) => (
                <label key={type} className="flex items-center gap-2">
                  <input
                    type="radio"
                    name="invoice_type"
                    value={type}
                    checked={invoiceType === type}
                    onChange={() => setInvoiceType(type)}
                    className="size-5 accent-brand-700"
                  />
                  {type === "personal" ? t.invoicePersonal : t.invoiceCompany}
                </label>
              ))}
            </div>
            <div className="grid gap-4 sm:grid-cols-2">
              <TextField
                id={FIELD_IDS.invoiceTitle}
                name="invoice_title"
                label={invoiceType === "personal" ? t.invoiceName : t.invoiceTitle}
                defaultValue={values.invoiceTitle}
                error={err("invoiceTitle")}
                autoComplete={invoiceType === "personal" ? "name" : "organization"}
                maxLength={100}
              />
              {invoiceType === "company" ? (
                <TextField
                  id={FIELD_IDS.taxpayerId}
                  name="taxpayer_id"
                  label={t.taxpayerId}
                  hint={t.taxpayerIdHint}
                  defaultValue={values.taxpayerId}
                  error={err("taxpayerId")}
                  maxLength={20}
                />
              ) : null}
            </div>
          </div>
        ) : null}
      </fieldset>

      <PaymentMethods methods={paymentMethods} value={method} onChange={setMethod} stripe={stripe.status} t={t} />

      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold text-stone-900">{t.stepConfirm}</legend>
        <div className="flex items-start gap-3">
          <input
            id={FIELD_IDS.consent}
            name="privacy_consent"
            type="checkbox"
            defaultChecked={values.consent}
            required
            aria-required
            aria-invalid={err("consent") ? true : undefined}
            aria-describedby={[`${FIELD_IDS.consent}-detail`, err("consent") ? `${FIELD_IDS.consent}-error` : null].filter(Boolean).join(" ")}
            className="mt-0.5 size-5 accent-brand-700"
          />
          <div>
            <label htmlFor={FIELD_IDS.consent} className="font-medium">
              {t.consent}
            </label>
            <p id={`${FIELD_IDS.consent}-detail`} className="field-hint">
              {t.consentDetail}{" "}
              <a href={privacyHref} className="link" target="_blank" rel="noopener">
                {t.privacyLink}
              </a>
            </p>
            <FieldMessages id={FIELD_IDS.consent} error={err("consent")} />
          </div>
        </div>
        <button type="submit" className="btn-primary w-full sm:w-auto" disabled={pending || stripeBlocked}>
          {pending ? t.placing : t.placeOrder}
        </button>
      </fieldset>
      {handoff && stripe.stripe ? (
        <section aria-label={t.stepPayment} className="rounded-lg border border-stone-200 bg-white p-4">
          <StripePayment key={state.at} handoff={handoff} stripe={stripe.stripe} locale={locale} t={t} />
        </section>
      ) : null}
    </form>
  )
}
