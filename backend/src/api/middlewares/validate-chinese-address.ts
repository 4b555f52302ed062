import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { chineseAddressErrors, type AddressInput } from "../../lib/chinese-address"

type AddressBody = { shipping_address?: AddressInput; billing_address?: AddressInput } & AddressInput

/**
 * Mainland addresses must carry a mobile number and a postal code a courier can use. Medusa
 * accepts any string there, so a bad one is refused here with the field and the reason.
 */
export function validateChineseAddresses(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const body = (req.body ?? {}) as AddressBody
  const candidates: [string, AddressInput | undefined][] = req.path.includes("/addresses")
    ? [["", body]]
    : [
        ["shipping_address.", body.shipping_address],
        ["billing_address.", body.billing_address],
      ]
  for (const [prefix, address] of candidates) {
    const errors = address ? chineseAddressErrors(address) : []
    if (errors.length > 0) {
      const message = errors.map((e) => `${prefix}${e.field}: ${e.message}`).join("; ")
      res.status(400).json({ type: "invalid_data", message, fields: errors.map((e) => `${prefix}${e.field}`) })
      return
    }
  }
  next()
}
