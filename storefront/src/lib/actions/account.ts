"use server"

import { isEmail, isStorefrontLocale, normalizeChineseMobile, type StorefrontLocale } from "@seleno/domain"
import { refresh, revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { format, getMessages } from "@/i18n"
import { localePath } from "@/i18n/paths"
import { toMedusaAddress } from "@/lib/checkout/address"
import { DIVISIONS } from "@/lib/checkout/divisions"
import { hasErrors, validateAddress, type AddressValues, type CheckoutErrors } from "@/lib/checkout/validation"
import { clearAuthToken, getAuthToken, getCartId, setAuthToken } from "@/lib/data/cookies"
import { clientAddress } from "@/lib/actions/portal-guard"
import { errorStatus, sdk, storeHeaders } from "@/lib/data/medusa"
import { requestPasswordReset, signInWithPassword, type SignInFailure } from "@/lib/data/sign-in"
import { retryAfterSeconds } from "@/lib/portal"

export interface AccountFormState {
  status: "idle" | "ok" | "error"
  message?: string
  /** Field name → message, for aria-invalid/aria-describedby. */
  fieldErrors?: Record<string, string>
  /** What the shopper typed (never the password), so nothing is lost on error. */
  values?: Record<string, string>
  at?: number
}

function readLocale(formData: FormData): StorefrontLocale {
  const value = String(formData.get("locale") ?? "")
  return isStorefrontLocale(value) ? value : "zh-CN"
}

/** Who is resetting a password: a shopper (account page) or an enterprise login (portal). */
export type ResetActor = "customer" | "enterprise"

function readResetActor(formData: FormData): ResetActor {
  return formData.get("actor") === "enterprise" ? "enterprise" : "customer"
}

function field(formData: FormData, name: string): string {
  const value = formData.get(name)
  return typeof value === "string" ? value.trim() : ""
}

/** Signs in on the visitor's behalf, naming their address so the backend throttles them, not us. */
async function loginWithPassword(email: string, password: string) {
  return signInWithPassword("customer", email, password, await clientAddress())
}

/** A throttled sign-in or reset request (429): how long to wait, in whole minutes, if the backend said. */
function tooMany(failure: SignInFailure, withTime: string, withoutTime: string): string {
  const seconds = retryAfterSeconds(failure.retryAfter, new Date())
  return seconds === null ? withoutTime : format(withTime, { minutes: Math.max(1, Math.ceil(seconds / 60)) })
}

/** Moves the guest cart (cookie) to the customer, so items survive logging in. */
async function transferGuestCart(locale: StorefrontLocale, token: string): Promise<void> {
  const cartId = await getCartId()
  if (!cartId) return
  try {
    await sdk().store.cart.transferCart(cartId, {}, storeHeaders(locale, token))
  } catch (error) {
    console.error("cart transfer failed", errorStatus(error))
  }
}

export async function loginAction(_prev: AccountFormState, formData: FormData): Promise<AccountFormState> {
  const locale = readLocale(formData)
  const t = getMessages(locale).account
  const email = field(formData, "email")
  const password = String(formData.get("password") ?? "")
  const values = { email }
  const fieldErrors: Record<string, string> = {}
  if (!isEmail(email)) fieldErrors.email = t.errorEmail
  if (!password) fieldErrors.password = t.errorPassword
  if (Object.keys(fieldErrors).length) return { status: "error", fieldErrors, values, at: Date.now() }
  const result = await loginWithPassword(email, password)
  if (!result.ok) {
    const message =
      result.status === 429 ? tooMany(result, t.errorTooMany, t.errorTooManyNoTime) : result.status === 401 || result.status === 400 ? t.errorLogin : t.errorGeneric
    return { status: "error", message, values, at: Date.now() }
  }
  const token = result.token
  await setAuthToken(token)
  await transferGuestCart(locale, token)
  // Not revalidatePath: it would drop every cached page of the locale for one shopper's action.
  refresh()
  redirect(localePath(locale, "/account"))
}

export async function registerAction(_prev: AccountFormState, formData: FormData): Promise<AccountFormState> {
  const locale = readLocale(formData)
  const t = getMessages(locale).account
  const email = field(formData, "email")
  const password = String(formData.get("password") ?? "")
  const name = field(formData, "name")
  const phone = field(formData, "phone")
  const values = { email, name, phone }
  const fieldErrors: Record<string, string> = {}
  if (!name) fieldErrors.name = t.errorName
  if (!isEmail(email)) fieldErrors.email = t.errorEmail
  if (password.length < 8) fieldErrors.password = t.errorPassword
  if (phone && !normalizeChineseMobile(phone)) fieldErrors.phone = t.errorPhone
  if (Object.keys(fieldErrors).length) return { status: "error", fieldErrors, values, at: Date.now() }
  try {
    const registrationToken = await sdk().auth.register("customer", "emailpass", { email, password })
    await sdk().store.customer.create(
      { email, first_name: name, last_name: "", ...(phone ? { phone: normalizeChineseMobile(phone) ?? phone } : {}) },
      {},
      storeHeaders(locale, registrationToken)
    )
  } catch (error) {
    const status = errorStatus(error)
    const message = error instanceof Error ? error.message : ""
    if (status === 401 || /exist/i.test(message)) {
      return { status: "error", fieldErrors: { email: t.errorRegisterExists }, values, at: Date.now() }
    }
    console.error("register failed", status, message)
    return { status: "error", message: t.errorGeneric, values, at: Date.now() }
  }
  const signedIn = await loginWithPassword(email, password)
  if (!signedIn.ok) return { status: "error", message: signedIn.status === 429 ? tooMany(signedIn, t.errorTooMany, t.errorTooManyNoTime) : t.errorGeneric, values, at: Date.now() }
  const token = signedIn.token
  await setAuthToken(token)
  await transferGuestCart(locale, token)
  // Not revalidatePath: it would drop every cached page of the locale for one shopper's action.
  refresh()
  redirect(localePath(locale, "/account"))
}

export async function logoutAction(formData: FormData): Promise<void> {
  const locale = readLocale(formData)
  await clearAuthToken()
  // Not revalidatePath: it would drop every cached page of the locale for one shopper's action.
  refresh()
  redirect(localePath(locale, "/account"))
}

export async function requestPasswordResetAction(_prev: AccountFormState, formData: FormData): Promise<AccountFormState> {
  const locale = readLocale(formData)
  const t = getMessages(locale)
  const email = field(formData, "email")
  if (!isEmail(email)) {
    return { status: "error", fieldErrors: { email: t.account.errorEmail }, values: { email }, at: Date.now() }
  }
  const requested = await requestPasswordReset(readResetActor(formData), email, { locale }, await clientAddress())
  // The cap holds for registered and unknown addresses alike, so saying so reveals nothing.
  if (!requested.ok && requested.status === 429) {
    return { status: "error", message: tooMany(requested, t.reset.errorTooMany, t.reset.errorTooManyNoTime), values: { email }, at: Date.now() }
  }
  // Any other failure: never reveal whether the address is registered.
  if (!requested.ok) console.error("reset request failed", requested.status)
  return { status: "ok", message: t.reset.sent, values: { email }, at: Date.now() }
}

export async function setNewPasswordAction(_prev: AccountFormState, formData: FormData): Promise<AccountFormState> {
  const locale = readLocale(formData)
  const t = getMessages(locale)
  const email = field(formData, "email")
  const token = field(formData, "token")
  const password = String(formData.get("password") ?? "")
  if (password.length < 8) {
    return { status: "error", fieldErrors: { password: t.account.errorPassword }, at: Date.now() }
  }
  try {
    await sdk().auth.updateProvider(readResetActor(formData), "emailpass", { email, password }, token)
  } catch (error) {
    console.error("password update failed", errorStatus(error))
    return { status: "error", message: t.reset.errorToken, at: Date.now() }
  }
  return { status: "ok", message: t.reset.done, at: Date.now() }
}

export interface AddressFormState {
  status: "idle" | "ok" | "error"
  values?: AddressValues
  errors?: CheckoutErrors
  message?: string
  at?: number
}

export async function addAddressAction(_prev: AddressFormState, formData: FormData): Promise<AddressFormState> {
  const locale = readLocale(formData)
  const t = getMessages(locale)
  const values: AddressValues = {
    recipient: field(formData, "recipient"),
    province: field(formData, "province"),
    city: field(formData, "city"),
    district: field(formData, "district"),
    addressLine: field(formData, "address_line"),
    postalCode: field(formData, "postal_code"),
    phone: field(formData, "phone"),
  }
  const errors = validateAddress(values, DIVISIONS)
  if (hasErrors(errors)) return { status: "error", values, errors, at: Date.now() }
  const token = await getAuthToken()
  if (!token) redirect(localePath(locale, "/account"))
  try {
    await sdk().store.customer.createAddress(toMedusaAddress(values), {}, storeHeaders(locale, token))
  } catch (error) {
    console.error("add address failed", errorStatus(error))
    return { status: "error", values, errors: {}, message: t.account.errorGeneric, at: Date.now() }
  }
  revalidatePath(localePath(locale, "/account"))
  redirect(localePath(locale, "/account"))
}

export async function deleteAddressAction(formData: FormData): Promise<void> {
  const locale = readLocale(formData)
  const id = field(formData, "address_id")
  const token = await getAuthToken()
  if (token && id) {
    await sdk().store.customer.deleteAddress(id, storeHeaders(locale, token))
  }
  revalidatePath(localePath(locale, "/account"))
}
