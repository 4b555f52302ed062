import { SELENIUM_INTAKE_UG_PER_DAY } from "./intake"
import { seleniumFacts } from "./product-facts"

/** Where a day's selenium sits against the adult references (WS/T 578.3-2017). */
export type DailySeleniumLevel = "below_suitable" | "suitable" | "above_suitable" | "above_highest_safe"

export interface DailySelenium {
  /** Selenium of one serving of each distinct product, summed, in µg. */
  ugPerDay: number
  /** Distinct products whose selenium facts are known (the others are left out). */
  productsCounted: number
  level: DailySeleniumLevel
}

/** A cart line as far as selenium is concerned: which product, and its metadata with the facts. */
export interface SeleniumLine {
  productId: string
  metadata: Record<string, unknown> | null | undefined
}

/**
 * Selenium a shopper would take in per day eating one serving of every distinct product in the cart.
 * Quantity does not matter: three boxes of tea are still one cup a day, not three.
 */
export function dailySeleniumOfCart(lines: readonly SeleniumLine[]): DailySelenium {
  const perProduct = new Map<string, number>()
  for (const line of lines) {
    const facts = seleniumFacts(line.metadata)
    if (facts && !perProduct.has(line.productId)) perProduct.set(line.productId, facts.ugPerServing)
  }
  const ugPerDay = Math.round([...perProduct.values()].reduce((sum, ug) => sum + ug, 0) * 100) / 100
  return { ugPerDay, productsCounted: perProduct.size, level: dailySeleniumLevel(ugPerDay) }
}

export function dailySeleniumLevel(ugPerDay: number): DailySeleniumLevel {
  const { suitableLower, suitableUpper, highestSafe } = SELENIUM_INTAKE_UG_PER_DAY
  if (ugPerDay > highestSafe) return "above_highest_safe"
  if (ugPerDay > suitableUpper) return "above_suitable"
  if (ugPerDay >= suitableLower) return "suitable"
  return "below_suitable"
}
