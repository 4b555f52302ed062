import type { RemoteQueryFunction } from "@medusajs/framework/types"
import type { StandardRanges, StandardView } from "@seleno/domain"

/** The register of standards as the rules read it: each standard with its ranges, by code. */
export type StandardBook = ReadonlyMap<string, StandardView & StandardRanges>

export const STANDARD_FIELDS = [
  "id", "code", "edition", "name_zh", "name_en", "source", "note",
  "ranges.id", "ranges.category", "ranges.min_mg_per_kg", "ranges.max_mg_per_kg",
  "ranges.containing_min_mg_per_kg", "ranges.containing_max_mg_per_kg",
]

type Query = Pick<RemoteQueryFunction, "graph">

/** Reads the standards (all, or those with the given codes) and their ranges through Query. */
export async function loadStandardBook(query: Query, codes?: string[]): Promise<StandardBook> {
  if (codes && codes.length === 0) return new Map()
  const { data } = await query.graph({ entity: "selenium_standard", fields: STANDARD_FIELDS, ...(codes ? { filters: { code: [...new Set(codes)] } } : {}) })
  const standards = (data as unknown as StandardView[]).map((s) => ({ ...s, ranges: (s.ranges ?? []).filter((r) => r !== null) }))
  return new Map(standards.map((s) => [s.code, s]))
}
