"use server"

import { isStorefrontLocale, type StorefrontLocale } from "@seleno/domain"
import { redirect } from "next/navigation"
import { localePath } from "@/i18n/paths"
import { toMedusaAddress } from "@/lib/checkout/address"
import { DIVISIONS } from "@/lib/checkout/divisions"
import { hasErrors, readCheckoutForm, validateCheckout, type CheckoutErrors, type CheckoutValues } from "@/lib/checkout/validation"
import { CART_FIELDS, retrieveCart } from "@/lib/data/cart"
import { clearCartId, getAuthToken } from "@/lib/data/cookies"
import { errorStatus, sdk, storeHeaders } from "@/lib/data/medusa"
import { listShippingOptions } from "@/lib/data/shipping"
import { toMedusaLocale } from "@seleno/domain"
import { DEFAULT_PAYMENT_METHOD, isPaymentMethodId, isStripeMethod, providerIdOf, type StripeMethodId } from "@/lib/checkout/payment-methods"
import { listPaymentMethods } from "@/lib/data/payment"

/** Form-level failures (not tied to one field); catalogue keys under `checkout`. */
export type CheckoutFormError = "errorCartEmpty" | "errorStock" | "errorOrder" | "errorPaymentStart"

/** A Stripe payment to confirm in the browser: the order is placed by Stripe's webhook afterwards. */
export interface StripeHandoff {
  method: StripeMethodId
  clientSecret: string
  cartId: string
}

export interface CheckoutState {
  values: CheckoutValues | null
  errors: CheckoutErrors
  formError?: CheckoutFormError
  payment?: StripeHandoff
  at?: number
}

export async function placeOrderAction(_prev: CheckoutState, formData: FormData): Promise<CheckoutState> {
  const rawLocale = String(formData.get("locale") ?? "")
  const locale: StorefrontLocale = isStorefrontLocale(rawLocale) ? rawLocale : "zh-CN"
  const values = readCheckoutForm(formData)
  const rawMethod = formData.get("payment_method")
  const method = isPaymentMethodId(rawMethod) ? rawMethod : DEFAULT_PAYMENT_METHOD
  const fail = (errors: CheckoutErrors, formError?: CheckoutFormError): CheckoutState => ({
    values,
    errors,
    formError,
    at: Date.now(),
  })

  const cart = await retrieveCart(locale)
  if (!cart || !cart.items?.length) return fail({}, "errorCartEmpty")

  const token = await getAuthToken()
  const headers = storeHeaders(locale, token)
  let optionIds: string[] | undefined
  try {
    optionIds = (await listShippingOptions(locale, cart.id)).map((o) => o.id)
  } catch {
    optionIds = undefined
  }
  const errors = validateCheckout(values, { divisions: DIVISIONS, shippingOptionIds: optionIds })
  if (hasErrors(errors)) return fail(errors)

  const address = toMedusaAddress(values)
  const metadata: Record<string, unknown> = {
    ...(cart.metadata ?? {}),
    privacy_consent_at: new Date().toISOString(),
  }
  if (values.invoiceRequested) {
    metadata.invoice = { title: values.invoiceTitle.trim(), taxpayer_id: values.taxpayerId.trim() }
  } else {
    delete metadata.invoice
  }

  if (method !== DEFAULT_PAYMENT_METHOD && !(await listPaymentMethods(locale, cart.region_id!)).includes(method)) {
    return fail({}, "errorPaymentStart")
  }

  let orderId: string
  try {
    await sdk().store.cart.update(
      cart.id,
      {
        email: values.email.trim(),
        shipping_address: address,
        billing_address: address,
        metadata,
        locale: toMedusaLocale(locale),
      },
      {},
      headers
    )
    const { cart: withShipping } = await sdk().store.cart.addShippingMethod(
      cart.id,
      { option_id: values.shippingOptionId },
      { fields: CART_FIELDS },
      headers
    )
    if (isStripeMethod(method)) {
      return { ...fail({}), payment: await startStripePayment(withShipping, method, headers) }
    }
    const hasSession = withShipping.payment_collection?.payment_sessions?.some(
      (s) => s.provider_id === "pp_system_default" && s.status !== "canceled"
    )
    if (!hasSession) {
      await sdk().store.payment.initiatePaymentSession(withShipping, { provider_id: "pp_system_default" }, {}, headers)
    }
    const result = await sdk().store.cart.complete(cart.id, {}, headers)
    if (result.type !== "order") {
      console.error("cart completion refused", result.error)
      const message = result.error?.message ?? ""
      return fail({}, /inventory|stock/i.test(message) ? "errorStock" : "errorOrder")
    }
    orderId = result.order.id
  } catch (error) {
    console.error("place order failed", errorStatus(error), error instanceof Error ? error.message : error)
    const message = error instanceof Error ? error.message : ""
    if (/inventory|stock/i.test(message)) return fail({}, "errorStock")
    return fail({}, isStripeMethod(method) ? "errorPaymentStart" : "errorOrder")
  }

  await clearCartId()
  redirect(localePath(locale, `/order/confirmed/${orderId}`))
}

/**
 * A fresh payment session with the Stripe provider (Medusa replaces the cart's earlier sessions,
 * so the amount is always the cart's current total); the browser confirms its PaymentIntent.
 */
async function startStripePayment(
  cart: Parameters<ReturnType<typeof sdk>["store"]["payment"]["initiatePaymentSession"]>[0],
  method: StripeMethodId,
  headers: Record<string, string>
): Promise<StripeHandoff> {
  const providerId = providerIdOf(method)
  const { payment_collection } = await sdk().store.payment.initiatePaymentSession(cart, { provider_id: providerId }, {}, headers)
  const session = payment_collection.payment_sessions?.find((s) => s.provider_id === providerId)
  const clientSecret = (session?.data as { client_secret?: unknown } | undefined)?.client_secret
  if (typeof clientSecret !== "string") throw new Error(`no client secret in the ${providerId} session`)
  return { method, clientSecret, cartId: cart.id }
}
