import {
  checkInvoiceRequest,
  isChineseMobile,
  isChinesePostalCode,
  isEmail,
  normalizeChineseMobile,
  type InvoiceRequest,
  type InvoiceType,
} from "@seleno/domain"
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
  /** The chosen option of each parcel, by the parcel's shipping profile id. */
  shipping: Record<string, string>
  /** Anchor of the delivery step in the error summary (no value of its own). */
  shippingOptionId: string
  invoiceRequested: boolean
  /** 个人 or 单位; only 单位 asks for a taxpayer id. */
  invoiceType: InvoiceType
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
  | "errorInvoiceType"
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
  shipping: {},
  shippingOptionId: "",
  invoiceRequested: false,
  invoiceType: "personal",
  invoiceTitle: "",
  taxpayerId: "",
  consent: false,
}


function text(formData: FormData, name: string): string {
  const value = formData.get(name)
  return typeof value === "string" ? value : ""
}

/** Form field of a parcel's option radios: one group per parcel (shipping profile). */
export const SHIPPING_FIELD_PREFIX = "shipping_option_id."
export const shippingFieldName = (parcelId: string) => `${SHIPPING_FIELD_PREFIX}${parcelId}`

function readShipping(formData: FormData): Record<string, string> {
  const chosen: Record<string, string> = {}
  for (const [name, value] of formData.entries()) {
    if (name.startsWith(SHIPPING_FIELD_PREFIX) && typeof value === "string" && value) chosen[name.slice(SHIPPING_FIELD_PREFIX.length)] = value
  }
  return chosen
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
    shipping: readShipping(formData),
    shippingOptionId: "",
    invoiceRequested: formData.get("invoice_requested") === "on",
    invoiceType: text(formData, "invoice_type") === "company" ? "company" : "personal",
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

/** A parcel as validation sees it: its id (shipping profile) and the option ids it offers. */
export interface ParcelChoice {
  id: string
  optionIds: readonly string[]
}

/** The parcels without a valid choice: none chosen, or an option the parcel does not offer (any more). */
export function parcelsWithoutChoice(shipping: Record<string, string>, parcels: readonly ParcelChoice[]): string[] {
  return parcels.filter((p) => !shipping[p.id] || !p.optionIds.includes(shipping[p.id]!)).map((p) => p.id)
}

export function validateCheckout(
  values: CheckoutValues,
  options: { divisions?: Divisions; parcels?: readonly ParcelChoice[] } = {}
): CheckoutErrors {
  const errors: CheckoutErrors = {}
  if (!isEmail(values.email)) errors.email = "errorEmail"
  Object.assign(errors, validateAddress(values, options.divisions))
  const parcels = options.parcels
  const missing = parcels ? parcelsWithoutChoice(values.shipping, parcels) : Object.keys(values.shipping).length ? [] : ["?"]
  if (missing.length || parcels?.length === 0) errors.shippingOptionId = "errorShipping"
  if (values.invoiceRequested) {
    // The rule reports the first problem; checking again with a title shows a bad taxpayer id too.
    for (const input of [invoiceInput(values), { ...invoiceInput(values), title: values.invoiceTitle.trim() || "-" }]) {
      const checked = checkInvoiceRequest(input)
      if ("code" in checked) errors[INVOICE_ERROR_FIELD[checked.code] ?? "invoiceTitle"] ??= INVOICE_ERROR_KEY[checked.code] ?? "errorInvoiceTitle"
    }
  }
  if (!values.consent) errors.consent = "errorConsent"
  return errors
}

/** The form's invoice fields as the domain's request input (the taxpayer id only for 单位). */
function invoiceInput(values: CheckoutValues) {
  return { type: values.invoiceType, title: values.invoiceTitle, taxpayer_id: values.invoiceType === "company" ? values.taxpayerId : null }
}

const INVOICE_ERROR_FIELD: Partial<Record<string, CheckoutField>> = {
  invoice_type: "invoiceType",
  invoice_title: "invoiceTitle",
  invoice_taxpayer_id: "taxpayerId",
}
const INVOICE_ERROR_KEY: Partial<Record<string, CheckoutErrorKey>> = {
  invoice_type: "errorInvoiceType",
  invoice_title: "errorInvoiceTitle",
  invoice_taxpayer_id: "errorTaxpayerId",
}

/** The invoice request to keep in the cart's metadata, or null when none is asked for (or it is invalid). */
export function invoiceRequestOf(values: CheckoutValues): InvoiceRequest | null {
  if (!values.invoiceRequested) return null
  const checked = checkInvoiceRequest(invoiceInput(values))
  return "request" in checked ? checked.request : null
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
  "invoiceType",
  "invoiceTitle",
  "taxpayerId",
  "consent",
]

export { normalizeChineseMobile }
