import { isChineseMobile, isChinesePostalCode, isEmail, isTaxpayerId, normalizeChineseMobile } from "@seleno/domain"
import type { Divisions } from "./divisions"

export interface AddressValues {
  recipient: string
  province: string
  city: string
  district: string
  addressLine: string
  postalCode: string
  phone: string
}

/** Everything the checkout form submits, as the shopper typed it (returned on error so nothing is lost). */
export interface CheckoutValues extends AddressValues {
  email: string
  shippingOptionId: string
  invoiceRequested: boolean
  invoiceTitle: string
  taxpayerId: string
  consent: boolean
}

export type CheckoutField = keyof CheckoutValues

/** Error codes are catalogue keys under `checkout`, so validation stays locale-free. */
export type CheckoutErrorKey =
  | "errorEmail"
  | "errorRecipient"
  | "errorProvince"
  | "errorCity"
  | "errorDistrict"
  | "errorAddressLine"
  | "errorPostalCode"
  | "errorPhone"
  | "errorShipping"
  | "errorInvoiceTitle"
  | "errorTaxpayerId"
  | "errorConsent"

export type CheckoutErrors = Partial<Record<CheckoutField, CheckoutErrorKey>>

export const EMPTY_CHECKOUT: CheckoutValues = {
  email: "",
  recipient: "",
  province: "",
  city: "",
  district: "",
  addressLine: "",
  postalCode: "",
  phone: "",
  shippingOptionId: "",
  invoiceRequested: false,
  invoiceTitle: "",
  taxpayerId: "",
  consent: false,
}


function text(formData: FormData, name: string): string {
  const value = formData.get(name)
  return typeof value === "string" ? value : ""
}

export function readCheckoutForm(formData: FormData): CheckoutValues {
  return {
    email: text(formData, "email"),
    recipient: text(formData, "recipient"),
    province: text(formData, "province"),
    city: text(formData, "city"),
    district: text(formData, "district"),
    addressLine: text(formData, "address_line"),
    postalCode: text(formData, "postal_code"),
    phone: text(formData, "phone"),
    shippingOptionId: text(formData, "shipping_option_id"),
    invoiceRequested: formData.get("invoice_requested") === "on",
    invoiceTitle: text(formData, "invoice_title"),
    taxpayerId: text(formData, "taxpayer_id"),
    consent: formData.get("privacy_consent") === "on",
  }
}

/** Validates a Chinese delivery address; with `divisions`, city and district must belong to their parent. */
export function validateAddress(values: AddressValues, divisions?: Divisions): CheckoutErrors {
  const errors: CheckoutErrors = {}
  if (!values.recipient.trim()) errors.recipient = "errorRecipient"
  const cities = divisions?.[values.province]
  if (!values.province || (divisions && !cities)) errors.province = "errorProvince"
  if (!values.city || (cities && !(values.city in cities))) errors.city = "errorCity"
  const districts = cities?.[values.city]
  if (!values.district || (districts && !districts.includes(values.district))) errors.district = "errorDistrict"
  if (values.addressLine.trim().length < 5) errors.addressLine = "errorAddressLine"
  if (!isChinesePostalCode(values.postalCode)) errors.postalCode = "errorPostalCode"
  if (!isChineseMobile(values.phone)) errors.phone = "errorPhone"
  return errors
}

export function validateCheckout(
  values: CheckoutValues,
  options: { divisions?: Divisions; shippingOptionIds?: readonly string[] } = {}
): CheckoutErrors {
  const errors: CheckoutErrors = {}
  if (!isEmail(values.email)) errors.email = "errorEmail"
  Object.assign(errors, validateAddress(values, options.divisions))
  const ids = options.shippingOptionIds
  if (!values.shippingOptionId || (ids && !ids.includes(values.shippingOptionId))) errors.shippingOptionId = "errorShipping"
  if (values.invoiceRequested) {
    if (!values.invoiceTitle.trim()) errors.invoiceTitle = "errorInvoiceTitle"
    if (!isTaxpayerId(values.taxpayerId)) errors.taxpayerId = "errorTaxpayerId"
  }
  if (!values.consent) errors.consent = "errorConsent"
  return errors
}

export function hasErrors(errors: CheckoutErrors): boolean {
  return Object.keys(errors).length > 0
}

/** Field order of the form, used to list errors in reading order. */
export const CHECKOUT_FIELD_ORDER: readonly CheckoutField[] = [
  "email",
  "recipient",
  "province",
  "city",
  "district",
  "addressLine",
  "postalCode",
  "phone",
  "shippingOptionId",
  "invoiceTitle",
  "taxpayerId",
  "consent",
]

export { normalizeChineseMobile }
