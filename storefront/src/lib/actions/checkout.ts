"use server"

import { isStorefrontLocale, type StorefrontLocale } from "@seleno/domain"
import { redirect } from "next/navigation"
import { localePath } from "@/i18n/paths"
import { toMedusaAddress } from "@/lib/checkout/address"
import { DIVISIONS } from "@/lib/checkout/divisions"
import { hasErrors, invoiceRequestOf, parcelsWithoutChoice, readCheckoutForm, validateAddress, validateCheckout, type CheckoutErrors, type CheckoutValues } from "@/lib/checkout/validation"
import { CART_FIELDS, retrieveCart } from "@/lib/data/cart"
import { clearCartId, getAuthToken } from "@/lib/data/cookies"
import { errorStatus, sdk, storeHeaders } from "@/lib/data/medusa"
import { listCartParcels } from "@/lib/data/shipping"
import { refresh } from "next/cache"
import { toMedusaLocale } from "@seleno/domain"
import { DEFAULT_PAYMENT_METHOD, isPaymentMethodId, isStripeMethod, providerIdOf, type StripeMethodId } from "@/lib/checkout/payment-methods"
import { listPaymentMethods } from "@/lib/data/payment"

/** Form-level failures (not tied to one field); catalogue keys under `checkout`. */
export type CheckoutFormError = "errorCartEmpty" | "errorStock" | "errorOffSale" | "errorOrder" | "errorPaymentStart"

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
  /** Parcels (shipping profile ids) still without a valid delivery choice. */
  parcelErrors?: string[]
  at?: number
}

/**
 * The shopper picks a parcel's option: it becomes that parcel's shipping method at once (Medusa
 * keeps one per shipping profile), so the order summary shows its fee before the order is placed.
 */
export async function chooseShippingAction(formData: FormData): Promise<{ ok: boolean }> {
  const rawLocale = String(formData.get("locale") ?? "")
  const locale: StorefrontLocale = isStorefrontLocale(rawLocale) ? rawLocale : "zh-CN"
  const optionId = String(formData.get("option_id") ?? "")
  const cart = await retrieveCart(locale)
  if (!cart || !optionId) return { ok: false }
  try {
    // The address comes before delivery on the page; Medusa offers options by the cart's address
    // (the cold chain only where it reaches), so a complete address typed so far is saved first.
    const address = readCheckoutForm(formData)
    if (!hasErrors(validateAddress(address, DIVISIONS))) {
      const shipping_address = toMedusaAddress(address)
      await sdk().store.cart.update(cart.id, { shipping_address, billing_address: shipping_address }, {}, storeHeaders(locale, await getAuthToken()))
    }
    await sdk().store.cart.addShippingMethod(cart.id, { option_id: optionId }, {}, storeHeaders(locale, await getAuthToken()))
  } catch (error) {
    console.error("choose shipping failed", errorStatus(error), error instanceof Error ? error.message : error)
    return { ok: false }
  }
  // Not revalidatePath: it would drop every cached page of the locale for one shopper's action.
  refresh()
  return { ok: true }
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
  const parcelsOf = async () => {
    try {
      return (await listCartParcels(locale, cart.id)).map((p) => ({ id: p.shipping_profile_id, optionIds: p.options.map((o) => o.id) }))
    } catch {
      return undefined
    }
  }
  const parcels = await parcelsOf()
  const errors = validateCheckout(values, { divisions: DIVISIONS, parcels })
  if (hasErrors(errors)) return { ...fail(errors), parcelErrors: parcels ? parcelsWithoutChoice(values.shipping, parcels) : [] }

  const address = toMedusaAddress(values)
  const metadata: Record<string, unknown> = {
    ...(cart.metadata ?? {}),
    privacy_consent_at: new Date().toISOString(),
  }
  const invoice = invoiceRequestOf(values)
  if (invoice) metadata.invoice = invoice
  else delete metadata.invoice

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
    // The address decides where the cold chain goes: a choice it no longer allows is named per parcel.
    const reachable = await parcelsOf()
    const unreachable = reachable ? parcelsWithoutChoice(values.shipping, reachable) : []
    if (unreachable.length) return { ...fail({ shippingOptionId: "errorShipping" }), parcelErrors: unreachable }
    // One shipping method per parcel; choices the shopper made on the page are set again (idempotent).
    let withShipping: Awaited<ReturnType<ReturnType<typeof sdk>["store"]["cart"]["addShippingMethod"]>>["cart"] | undefined
    for (const optionId of Object.values(values.shipping)) {
      withShipping = (await sdk().store.cart.addShippingMethod(cart.id, { option_id: optionId }, { fields: CART_FIELDS }, headers)).cart
    }
    if (!withShipping) return fail({ shippingOptionId: "errorShipping" })
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
      return fail({}, /no longer on sale/i.test(message) ? "errorOffSale" : /inventory|stock/i.test(message) ? "errorStock" : "errorOrder")
    }
    orderId = result.order.id
  } catch (error) {
    console.error("place order failed", errorStatus(error), error instanceof Error ? error.message : error)
    const message = error instanceof Error ? error.message : ""
    // A product its enterprise took offline (下架) since it went in the cart (cart_product_off_sale).
    if (/no longer on sale/i.test(message)) return fail({}, "errorOffSale")
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
