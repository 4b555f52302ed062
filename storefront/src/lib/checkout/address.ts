import { normalizeChineseMobile } from "@seleno/domain"
import type { AddressValues } from "./validation"

/**
 * The Medusa address for a Chinese delivery address. This mapping is a contract with the backend
 * tests: recipient → first_name, district → address_2, street → address_1.
 */
export interface MedusaChineseAddress {
  first_name: string
  last_name: string
  phone: string
  country_code: "cn"
  province: string
  city: string
  address_2: string
  address_1: string
  postal_code: string
}

export function toMedusaAddress(values: AddressValues): MedusaChineseAddress {
  return {
    first_name: values.recipient.trim(),
    last_name: "",
    phone: normalizeChineseMobile(values.phone) ?? values.phone.trim(),
    country_code: "cn",
    province: values.province,
    city: values.city,
    address_2: values.district,
    address_1: values.addressLine.trim(),
    postal_code: values.postalCode.trim(),
  }
}

interface StoredAddress {
  first_name?: string | null
  last_name?: string | null
  phone?: string | null
  province?: string | null
  city?: string | null
  address_1?: string | null
  address_2?: string | null
  postal_code?: string | null
}

/** Reads a stored Medusa address back into form values. */
export function fromMedusaAddress(address: StoredAddress): AddressValues {
  return {
    recipient: [address.first_name, address.last_name].filter(Boolean).join(" "),
    province: address.province ?? "",
    city: address.city ?? "",
    district: address.address_2 ?? "",
    addressLine: address.address_1 ?? "",
    postalCode: address.postal_code ?? "",
    phone: address.phone ?? "",
  }
}

/** One-line display: 陕西省 安康市 汉滨区 … (zh order, province first). */
export function formatAddressLine(address: StoredAddress): string {
  return [address.province, address.city, address.address_2, address.address_1].filter(Boolean).join(" ")
}
