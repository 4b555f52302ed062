import { seleniumPerServingUg, shareOfDailyReference } from "./intake"

/** Keys under which selenium facts live in a Medusa product's metadata. */
export const PRODUCT_FACT_KEYS = {
  seleniumMgPerKg: "selenium_mg_per_kg",
  servingGrams: "serving_g",
  region: "region",
  county: "county",
  brand: "brand",
} as const

export interface SeleniumFacts {
  mgPerKg: number
  servingGrams: number
  ugPerServing: number
  shareOfReferencePct: number
}

/** Reads selenium facts from product metadata; null when they are missing or not numbers. */
export function seleniumFacts(metadata: Record<string, unknown> | null | undefined): SeleniumFacts | null {
  const mgPerKg = Number(metadata?.[PRODUCT_FACT_KEYS.seleniumMgPerKg])
  const servingGrams = Number(metadata?.[PRODUCT_FACT_KEYS.servingGrams])
  if (!Number.isFinite(mgPerKg) || mgPerKg < 0 || !Number.isFinite(servingGrams) || servingGrams <= 0) return null
  const ugPerServing = seleniumPerServingUg(mgPerKg, servingGrams)
  return { mgPerKg, servingGrams, ugPerServing, shareOfReferencePct: shareOfDailyReference(ugPerServing) }
}
