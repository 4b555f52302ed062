/**
 * A location a visitor chooses to share when scanning a package is kept only as the 0.1° grid
 * cell around it (about 11 km north–south): enough to tell cities apart for counterfeit signals,
 * too coarse to find a home. Browser and backend both coarsen, so the exact position never
 * leaves the visitor's device and the backend never trusts that it did not.
 */
export const SHARED_PLACE_DEGREES = 0.1

export interface SharedLocation {
  latitude: number
  longitude: number
}

function cellOf(value: number): number {
  // Snap to the cell's south-west corner; the epsilon keeps 32.7 from landing in 32.6's cell.
  const cell = Math.floor(value / SHARED_PLACE_DEGREES + 1e-9) * SHARED_PLACE_DEGREES
  return Number(cell.toFixed(1))
}

export function isValidLocation(location: SharedLocation): boolean {
  const { latitude, longitude } = location
  return Number.isFinite(latitude) && Number.isFinite(longitude) && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180
}

/** The grid cell of a location; throws RangeError for coordinates outside the globe. */
export function coarseLocation(location: SharedLocation): SharedLocation {
  if (!isValidLocation(location)) throw new RangeError("latitude must lie within ±90 and longitude within ±180 degrees")
  return { latitude: cellOf(location.latitude), longitude: cellOf(location.longitude) }
}

/** The place key a shared location counts as ("geo:32.6,108.5"), distinct from network places. */
export function sharedPlace(location: SharedLocation): string {
  const cell = coarseLocation(location)
  return `geo:${cell.latitude.toFixed(1)},${cell.longitude.toFixed(1)}`
}

