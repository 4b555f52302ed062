/** Chinese selenium intake references for adults, µg/day (seed 000 表2-1; WS/T 578.3-2017). */
export const SELENIUM_INTAKE_UG_PER_DAY = {
  minimumNeed: 17,
  physiologicalNeed: 40,
  suitableLower: 60,
  suitableUpper: 250,
  highestSafe: 400,
  toxicityThreshold: 800,
} as const

/** mg/kg equals µg/g, so a serving of `grams` holds mgPerKg × grams micrograms. */
export function seleniumPerServingUg(mgPerKg: number, servingGrams: number): number {
  if (!(mgPerKg >= 0) || !(servingGrams > 0)) {
    throw new RangeError("selenium content must be ≥ 0 mg/kg and the serving > 0 g")
  }
  return round(mgPerKg * servingGrams, 2)
}

/** Share (percent) of the 60 µg/day lower suitable intake that one serving provides. */
export function shareOfDailyReference(
  ugPerServing: number,
  referenceUg: number = SELENIUM_INTAKE_UG_PER_DAY.suitableLower
): number {
  return round((ugPerServing / referenceUg) * 100, 1)
}

function round(value: number, digits: number): number {
  const f = 10 ** digits
  return Math.round(value * f) / f
}
