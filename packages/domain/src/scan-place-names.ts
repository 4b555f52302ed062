// Kept apart from scan-place.ts, which the browser bundles: this one carries the division data.
import { SCAN_CITY_ROWS } from "./divisions.generated"
import { COUNTIES, findCounty, placeCity } from "./regions"
import { isValidLocation, SHARED_PLACE_DEGREES, type SharedLocation } from "./scan-place"

/**
 * Scan places as names. A shared place ("geo:30.6,109.7", a 0.1° cell) is named after the nearest
 * county seat of the provinces we serve within COUNTY_NAME_KM, else the nearest prefecture-level
 * city of China (its counties' mean seat) within CITY_NAME_KM; anything else (network prefixes
 * such as "203.0.113.0/24", which say nothing about where a scanner stood, cells at sea or abroad)
 * is an unknown place. Centres come from the division data (divisions.generated.ts).
 */
export const COUNTY_NAME_KM = 40
export const CITY_NAME_KM = 100

export interface NamedScanPlace {
  /** A stable key: the county's stored code, or "city:" and the city's Chinese name. */
  key: string
  kind: "county" | "city"
  name: { zh: string; en: string }
  /** From the cell's centre to the county's or city's centre. */
  km: number
}

/** The cell of a shared place ("geo:lat,lng"), or null for any other place. */
export function parseSharedPlace(place: string): SharedLocation | null {
  const match = /^geo:(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)$/.exec(place.trim())
  if (!match) return null
  const location = { latitude: Number(match[1]), longitude: Number(match[2]) }
  return isValidLocation(location) ? location : null
}

const EARTH_KM = 6371

/** Great-circle distance in km. */
export function distanceKm(a: SharedLocation, b: SharedLocation): number {
  const rad = Math.PI / 180
  const dLat = (b.latitude - a.latitude) * rad
  const dLng = (b.longitude - a.longitude) * rad
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)))
}

function nearest<T>(items: readonly T[], at: SharedLocation, centre: (item: T) => SharedLocation | undefined): { item: T; km: number } | null {
  let best: { item: T; km: number } | null = null
  for (const item of items) {
    const c = centre(item)
    if (!c) continue
    const km = distanceKm(at, c)
    if (!best || km < best.km) best = { item, km }
  }
  return best
}

/** The county or city a scan place is named after, or null when it is an unknown place. */
export function nameScanPlace(place: string): NamedScanPlace | null {
  const cell = parseSharedPlace(place)
  if (!cell) return null
  // The stored cell is its south-west corner; measure from its middle.
  const at = { latitude: cell.latitude + SHARED_PLACE_DEGREES / 2, longitude: cell.longitude + SHARED_PLACE_DEGREES / 2 }
  const county = nearest(COUNTIES, at, (c) => c.centre)
  if (county && county.km <= COUNTY_NAME_KM) {
    const found = findCounty(county.item.code)!
    const city = placeCity(found, "zh")
    const sameName = city === found.county.name.zh
    return {
      key: county.item.code,
      kind: "county",
      name: {
        zh: sameName ? city : `${city} ${found.county.name.zh}`,
        en: sameName ? found.county.name.en : `${found.county.name.en}, ${placeCity(found, "en")}`,
      },
      km: Math.round(county.km),
    }
  }
  const city = nearest(SCAN_CITY_ROWS, at, (c) => ({ latitude: c.lat, longitude: c.lng }))
  if (city && city.km <= CITY_NAME_KM) {
    return { key: `city:${city.item.zh}`, kind: "city", name: { zh: city.item.zh, en: city.item.en }, km: Math.round(city.km) }
  }
  return null
}

/** One row of "scans by place": a named place, or the unknown place (`place` and `name` null). */
export interface ScanPlaceCount {
  place: string | null
  name: { zh: string; en: string } | null
  scans: number
}

/**
 * Scan counts per stored place merged per named place (two cells in 建始县 are one row; every
 * network prefix and unnamed cell is the one unknown row), most scans first, at most `limit` rows.
 */
export function scanPlaceCounts(rows: readonly { place: string; scans: number }[], limit = 20): ScanPlaceCount[] {
  const merged = new Map<string, ScanPlaceCount>()
  for (const row of rows) {
    const named = nameScanPlace(row.place)
    const key = named?.key ?? ""
    const entry = merged.get(key) ?? { place: named?.key ?? null, name: named?.name ?? null, scans: 0 }
    entry.scans += row.scans
    merged.set(key, entry)
  }
  return [...merged.values()]
    .sort((a, b) => b.scans - a.scans || (a.place === null ? 1 : b.place === null ? -1 : a.place.localeCompare(b.place)))
    .slice(0, limit)
}
