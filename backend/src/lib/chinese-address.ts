import { isChineseMobile, isChinesePostalCode } from "@seleno/domain"

export interface AddressInput {
  country_code?: string | null
  phone?: string | null
  postal_code?: string | null
}

export interface FieldError {
  field: "phone" | "postal_code"
  message: string
}

/** Errors of a mainland (country `cn`) address; addresses elsewhere and absent fields pass. */
export function chineseAddressErrors(address: AddressInput): FieldError[] {
  if (address.country_code?.toLowerCase() !== "cn") return []
  const errors: FieldError[] = []
  if (address.phone && !isChineseMobile(address.phone)) {
    errors.push({ field: "phone", message: "must be a mainland China mobile number: 11 digits starting with 13–19" })
  }
  if (address.postal_code && !isChinesePostalCode(address.postal_code)) {
    errors.push({ field: "postal_code", message: "must be a six-digit mainland China postal code" })
  }
  return errors
}
