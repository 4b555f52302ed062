import type { SearchTypes } from "@medusajs/framework/types"
import { mapFacetResult, type NormalizedFacetRequest } from "@medusajs/search-postgres/dist/utils"
import { rangePredicate, topValues, type SqlFragment } from "./facets"

/** A facet's typed column: `text` or `text[]` for value facets, `float8` for ranges. */
export interface GroupedColumn {
  column: string
  array: boolean
}

/**
 * Every value and range facet, and the total, from one scan: rows are grouped by the combination
 * of their value-facet columns (a catalogue has a few hundred such combinations, not thousands),
 * each group carrying its range counts, and the groups are summed per facet here. One hash
 * aggregate over the matches costs less than counting each facet on its own.
 */
export function groupedFacetQuery(table: string, requests: NormalizedFacetRequest[], columns: GroupedColumn[], scope: SqlFragment): SqlFragment {
  const params: unknown[] = []
  const keys: string[] = []
  const aggregates = ["COUNT(*)::int AS n"]
  requests.forEach((request, i) => {
    const column = `"${columns[i]!.column}"`
    if (request.type === "value") {
      keys.push(`${column} AS k${i}`)
      return
    }
    ;(request.ranges ?? []).forEach((range, r) => {
      aggregates.push(`COUNT(*) FILTER (WHERE ${rangePredicate(column, range, params)})::int AS r${i}_${r}`)
    })
  })
  const where = scope.sql ? ` WHERE ${scope.sql}` : ""
  const groupBy = keys.length ? ` GROUP BY ${keys.map((_, k) => k + 1).join(", ")}` : ""
  return { sql: `SELECT ${[...keys, ...aggregates].join(", ")} FROM "${table}"${where}${groupBy}`, params: [...params, ...scope.params] }
}

type GroupRow = Record<string, unknown> & { n: number }

function valueFacet(request: NormalizedFacetRequest, i: number, array: boolean, rows: GroupRow[]): SearchTypes.SearchFacetResult {
  const counts = new Map<string, number>()
  for (const row of rows) {
    const raw = row[`k${i}`]
    const values = raw === null || raw === undefined ? [] : array ? (raw as unknown[]) : [raw]
    for (const value of values.map(String)) counts.set(value, (counts.get(value) ?? 0) + Number(row.n))
  }
  const prefix = request.query
  return topValues(
    request,
    [...counts].filter(([value]) => !prefix || value.startsWith(prefix)).map(([value, count]) => ({ value, count }))
  )
}

/** Sums the groups into the Search Module's facet results and the total number of matches. */
export function groupedFacetResults(
  requests: NormalizedFacetRequest[],
  columns: GroupedColumn[],
  rows: GroupRow[]
): { facets: Record<string, SearchTypes.SearchFacetResult>; total: number } {
  const facets: Record<string, SearchTypes.SearchFacetResult> = {}
  requests.forEach((request, i) => {
    if (request.type === "value") {
      facets[request.field] = valueFacet(request, i, columns[i]!.array, rows)
      return
    }
    const sums = Object.fromEntries((request.ranges ?? []).map((_, r) => [`r${r}`, rows.reduce((sum, row) => sum + Number(row[`r${i}_${r}`] ?? 0), 0)]))
    facets[request.field] = mapFacetResult(request, [sums])
  })
  return { facets, total: rows.reduce((sum, row) => sum + Number(row.n), 0) }
}
