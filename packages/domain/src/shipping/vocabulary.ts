/**
 * Shipping vocabulary. A parcel is what one enterprise sends at one temperature: in Medusa, one
 * shipping profile per enterprise × temperature class, so a cart gets one shipping method per
 * parcel and a chilled product can never ride on an ambient option.
 */
export const TEMPERATURE_CLASSES = ["ambient", "chilled", "frozen"] as const
export type TemperatureClass = (typeof TEMPERATURE_CLASSES)[number]

export function isTemperatureClass(value: unknown): value is TemperatureClass {
  return typeof value === "string" && (TEMPERATURE_CLASSES as readonly string[]).includes(value)
}
