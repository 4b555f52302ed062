import type { SearchTypes } from "@medusajs/framework/types"
import { projectDocument } from "@medusajs/framework/utils"
import { normalizeFacetRequests, type IndexPlan } from "@medusajs/search-postgres/dist/utils"
import { combinedFacetQuery, facetResults, type FacetColumn } from "./facets"
import { groupedFacetQuery, groupedFacetResults } from "./grouped-facets"
import { typedColumns } from "./typed-columns"
import { NotTyped, typedOrder, typedWhere } from "./typed-query"

type Execute = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>

/** The text-match pieces of the base provider (tsquery match and rank), reused as they are. */
export interface KeywordFragments {
  q?: string
  rankSql: (params: unknown[]) => string
  matchSql?: (params: unknown[]) => string
}

/** True when a query asks for something the typed path leaves to the base provider. */
function needsBaseProvider(input: SearchTypes.ProviderSearchQuery): boolean {
  const options = input.search_options ?? {}
  return Boolean(
    options.vector || options.min_score !== undefined || options.attributes_to_search_on?.length || options.distinct || input.index.settings.distinct_attribute
  )
}

/**
 * A keyword search (hits, count and facets, run side by side) over the typed columns, or null when
 * the query needs the base provider (vectors, distinct, per-field search, or a filter, sort or
 * facet on a field without a typed column).
 */
export async function typedSearch(
  input: SearchTypes.ProviderSearchQuery,
  catalog: { table_name: string; plan: IndexPlan },
  fragments: KeywordFragments,
  execute: Execute
): Promise<SearchTypes.SearchResult | null> {
  if (needsBaseProvider(input)) return null
  const started = Date.now()
  const options = input.search_options ?? {}
  const columns = typedColumns(catalog.plan)
  let compiled
  try {
    const requests = normalizeFacetRequests(options.facets, catalog.plan)
    const facetColumns = requests.map((request) => {
      const typed = columns.get(request.field)
      if (!typed || (request.type !== "value" && typed.kind !== "float8")) throw new NotTyped(request.field)
      return { column: typed.column, array: typed.kind === "text[]" }
    })
    compiled = { where: typedWhere(input.filters, columns), order: typedOrder(input.pagination?.order, columns, Boolean(fragments.q)), requests, facetColumns }
  } catch (error) {
    if (error instanceof NotTyped) return null
    throw error
  }
  const { where, order, requests, facetColumns } = compiled
  const facetColumn = (_: unknown, i: number): FacetColumn => ({ sql: `"${facetColumns[i]!.column}"`, array: facetColumns[i]!.array ? "text[]" : false })
  const conditions = (params: unknown[]) => {
    const parts: string[] = []
    if (fragments.matchSql) parts.push(fragments.matchSql(params))
    if (where) {
      parts.push(`(${where.sql})`)
      params.push(...where.params)
    }
    return parts.length ? ` WHERE ${parts.join(" AND ")}` : ""
  }
  const table = `"${catalog.table_name}"`
  const skip = input.pagination?.skip ?? 0
  const take = input.pagination?.take ?? 20

  const hitParams: unknown[] = []
  const rank = fragments.rankSql(hitParams)
  const hitsSql = `SELECT "id", "document", ${rank} AS score FROM ${table}${conditions(hitParams)} ORDER BY ${order} LIMIT ? OFFSET ?`
  hitParams.push(take, skip)
  const countParams: unknown[] = []
  const countSql = `SELECT COUNT(*)::int AS count FROM ${table}${conditions(countParams)}`
  const scopeParams: unknown[] = []
  const scope = { sql: conditions(scopeParams).replace(/^ WHERE /, ""), params: scopeParams }
  // Value and range facets come with the total from one grouped scan; stats need the CTE form.
  const grouped = requests.length > 0 && requests.every((r) => r.type !== "stats")
  const facetSql = !requests.length
    ? null
    : grouped
      ? groupedFacetQuery(catalog.table_name, requests, facetColumns, scope)
      : combinedFacetQuery(catalog.table_name, requests, facetColumn, scope)
  const countNeeded = options.count !== "none" && !grouped

  const [hitRows, countRows, facetRows] = await Promise.all([
    take === 0 ? Promise.resolve([]) : execute(hitsSql, hitParams),
    countNeeded ? execute(countSql, countParams) : Promise.resolve([]),
    facetSql ? execute(facetSql.sql, facetSql.params) : Promise.resolve([]),
  ])
  const summed = grouped ? groupedFacetResults(requests, facetColumns, facetRows as Parameters<typeof groupedFacetResults>[2]) : null
  const facets = summed?.facets ?? (facetSql ? facetResults(requests, facetRows as Parameters<typeof facetResults>[1]) : undefined)
  const count = summed ? summed.total : Number(countRows[0]?.count ?? 0)
  return {
    hits: hitRows.map((row) => ({
      id: String(row.id),
      score: options.include_score ? Number(row.score) : undefined,
      document: projectDocument((typeof row.document === "string" ? JSON.parse(row.document) : row.document) as Record<string, unknown>, input.attributes_to_retrieve),
    })),
    facets,
    metadata: {
      skip,
      take,
      count: options.count === "none" ? null : count,
      query: input.q,
      processing_time_ms: Date.now() - started,
    },
  }
}
