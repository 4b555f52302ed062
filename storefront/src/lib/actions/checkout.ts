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

/** Form-level failures (not tied to one field); catalogue keys under `checkout`. */
export type CheckoutFormError = "errorCartEmpty" | "errorStock" | "errorOrder"

export interface CheckoutState {
  values: CheckoutValues | null
  errors: CheckoutErrors
  formError?: CheckoutFormError
  at?: number
}

export async function placeOrderAction(_prev: CheckoutState, formData: FormData): Promise<CheckoutState> {
  const rawLocale = String(formData.get("locale") ?? "")
  const locale: StorefrontLocale = isStorefrontLocale(rawLocale) ? rawLocale : "zh-CN"
  const values = readCheckoutForm(formData)
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
    return fail({}, /inventory|stock/i.test(message) ? "errorStock" : "errorOrder")
  }

  await clearCartId()
  redirect(localePath(locale, `/order/confirmed/${orderId}`))
}
