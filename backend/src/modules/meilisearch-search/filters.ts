import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError, readDocumentPath } from "@medusajs/framework/utils"
import type {
  CategoriesDistribution,
  FacetStat,
  Hit,
  MatchingStrategies,
  MultiSearchQuery,
  SearchResponse,
} from "meilisearch" with { "resolution-mode": "import" }
import { type FieldLeaf, fieldLeaves, fromMeilisearchDocument, isNumericField, toEpochMilliseconds } from "./documents"
import { facetKinds, isFilterable, searchableAttributes } from "./settings"

type Fields = Record<string, SearchTypes.SearchFieldDefinition>
type FilterValue = SearchTypes.SearchFilterValue
type Query = SearchTypes.ProviderSearchQuery
type FacetRequest = SearchTypes.SearchFacetRequest
type RangeRequest = Extract<FacetRequest, { type: "range" }>
type Range = RangeRequest["ranges"][number]

function invalid(message: string): never {
  throw new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

/* --------------------------------- filters -------------------------------- */

const KEYWORDS = new Set(["AND", "OR", "IN", "NOT", "TO", "EXISTS", "IS", "NULL", "EMPTY", "CONTAINS", "STARTS", "WITH"])

/** Backslashes first, or the ones added for quotes would be doubled too. */
export function quoteFilterString(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`
}

function attribute(path: string): string {
  return /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/.test(path) && !KEYWORDS.has(path) ? path : quoteFilterString(path)
}

function filterLeaf(fields: Fields, path: string): FieldLeaf {
  const leaf = fieldLeaves(fields).find((candidate) => candidate.path === path)
  if (!leaf) {
    invalid(`Cannot filter on "${path}": the index declares no such field.`)
  }
  if (!isFilterable(leaf.field)) {
    invalid(`Cannot filter on "${path}": the field is not filterable. Declare it with .filterable() and reindex.`)
  }
  return leaf
}

type Scalar = string | number | boolean

function castNumber(leaf: FieldLeaf, value: Exclude<FilterValue, null>): number {
  if (leaf.field.type === "date") {
    return toEpochMilliseconds(value, `The filter on "${leaf.path}"`)
  }
  const number = typeof value === "number" ? value : typeof value === "string" ? Number(value) : Number.NaN
  if (typeof value === "string" && value.trim() === "") {
    invalid(`The filter on "${leaf.path}" holds an empty string, but the field is numeric.`)
  }
  if (!Number.isFinite(number)) {
    invalid(`The filter on "${leaf.path}" holds ${JSON.stringify(value)}, but the field is numeric.`)
  }
  return number
}

function castBoolean(leaf: FieldLeaf, value: Exclude<FilterValue, null>): boolean {
  if (typeof value === "boolean") {
    return value
  }
  if (value === "true" || value === "false") {
    return value === "true"
  }
  return invalid(`The filter on "${leaf.path}" holds ${JSON.stringify(value)}, but the field is boolean.`)
}

/** Coerces a filter value to what the document holds, so `"12"` finds a price of 12 and a Date finds a date. */
function castScalar(leaf: FieldLeaf, value: Exclude<FilterValue, null>): Scalar {
  if (isNumericField(leaf.field)) {
    return castNumber(leaf, value)
  }
  if (leaf.field.type === "boolean") {
    return castBoolean(leaf, value)
  }
  return value instanceof Date ? value.getTime() : value
}

function literal(value: Scalar): string {
  return typeof value === "string" ? quoteFilterString(value) : String(value)
}

function isNull(leaf: FieldLeaf): string {
  return `(${attribute(leaf.path)} NOT EXISTS OR ${attribute(leaf.path)} IS NULL)`
}

function isPresent(leaf: FieldLeaf): string {
  return `(${attribute(leaf.path)} EXISTS AND ${attribute(leaf.path)} IS NOT NULL)`
}

function equals(leaf: FieldLeaf, value: FilterValue): string {
  return value === null ? isNull(leaf) : `${attribute(leaf.path)} = ${literal(castScalar(leaf, value))}`
}

/** On an array field Meilisearch's `=` and `IN` match when any element does, which is the contract's meaning. */
function anyOf(leaf: FieldLeaf, values: FilterValue[]): string {
  const present = values.filter((value): value is Exclude<FilterValue, null> => value !== null)
  const list = `${attribute(leaf.path)} IN [${present.map((value) => literal(castScalar(leaf, value))).join(", ")}]`
  return present.length === values.length ? list : `(${list} OR ${isNull(leaf)})`
}

const COMPARISONS = { $lt: "<", $lte: "<=", $gt: ">", $gte: ">=" } as const

function compare(leaf: FieldLeaf, operator: keyof typeof COMPARISONS, value: unknown): string {
  if (!isNumericField(leaf.field) || leaf.many) {
    invalid(
      `Operator ${operator} on "${leaf.path}" needs a single numeric or date field; ` +
        `Meilisearch compares numbers only${leaf.many ? " and the field holds several values" : ""}.`
    )
  }
  if (value === null || value === undefined) {
    invalid(`Operator ${operator} on "${leaf.path}" needs a value, got ${String(value)}.`)
  }
  return `${attribute(leaf.path)} ${COMPARISONS[operator]} ${castNumber(leaf, value as Exclude<FilterValue, null>)}`
}

function asList(value: unknown): FilterValue[] {
  return (Array.isArray(value) ? value : [value]) as FilterValue[]
}

function arrayOperator(leaf: FieldLeaf, operator: "$contains" | "$overlaps", value: unknown): string {
  if (!leaf.many) {
    invalid(`Operator ${operator} on "${leaf.path}" needs an array field; use $eq or $in on a single value.`)
  }
  const values = asList(value)
  if (operator === "$overlaps") {
    return anyOf(leaf, values)
  }
  return join(values.map((entry) => equals(leaf, entry)), "AND") ?? anyOf(leaf, [])
}

function operatorPredicate(leaf: FieldLeaf, operator: string, value: unknown): string {
  switch (operator) {
    case "$eq":
      return equals(leaf, value as FilterValue)
    case "$ne":
      // Meilisearch's `!=` also matches documents without the field, as the contract asks.
      return value === null ? isPresent(leaf) : `${attribute(leaf.path)} != ${literal(castScalar(leaf, value as Exclude<FilterValue, null>))}`
    case "$in":
      return anyOf(leaf, asList(value))
    case "$nin":
      return `NOT ${anyOf(leaf, asList(value))}`
    case "$lt":
    case "$lte":
    case "$gt":
    case "$gte":
      return compare(leaf, operator, value)
    case "$exists":
      return value ? isPresent(leaf) : isNull(leaf)
    case "$contains":
    case "$overlaps":
      return arrayOperator(leaf, operator, value)
    case "$prefix":
    case "$like":
      return invalid(
        `Operator ${operator} on "${leaf.path}" is not supported: Meilisearch has no substring filter. ` +
          `Search the text with q instead, or bind the index to a provider that supports ${operator}.`
      )
    default:
      return invalid(`Unknown filter operator "${operator}" on "${leaf.path}".`)
  }
}

function join(parts: (string | undefined)[], connective: "AND" | "OR"): string | undefined {
  const present = parts.filter((part): part is string => !!part)
  if (present.length <= 1) {
    return present[0]
  }
  return `(${present.join(` ${connective} `)})`
}

function isOperatorMap(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date)
}

function fieldPredicate(path: string, raw: unknown, fields: Fields): string | undefined {
  if (!isOperatorMap(raw)) {
    const leaf = filterLeaf(fields, path)
    return Array.isArray(raw) ? anyOf(leaf, raw as FilterValue[]) : equals(leaf, raw as FilterValue)
  }
  const keys = Object.keys(raw)
  if (!keys.length) {
    invalid(`The filter on "${path}" is an empty object; give it a value or an operator such as $eq.`)
  }
  const operators = keys.filter((key) => key.startsWith("$"))
  if (operators.length && operators.length !== keys.length) {
    invalid(`The filter on "${path}" mixes operators with nested fields (${keys.join(", ")}); split it with $and.`)
  }
  if (!operators.length) {
    // `{ variants: { sku: "x" } }` is the nested spelling of `{ "variants.sku": "x" }`.
    return compile(raw, fields, `${path}.`)
  }
  const leaf = filterLeaf(fields, path)
  return join(
    operators.filter((operator) => raw[operator] !== undefined).map((operator) => operatorPredicate(leaf, operator, raw[operator])),
    "AND"
  )
}

function compile(filters: Record<string, unknown>, fields: Fields, prefix = ""): string | undefined {
  const parts = Object.entries(filters).map(([key, value]) => {
    if (value === undefined || (key === "q" && !prefix)) {
      return undefined
    }
    if (key === "$and" || key === "$or") {
      const branches = (value as SearchTypes.SearchFilters[]).map((branch) => compile(branch, fields, prefix))
      return join(branches, key === "$and" ? "AND" : "OR")
    }
    if (key === "$not") {
      const negated = compile(value as SearchTypes.SearchFilters, fields, prefix)
      return negated && `NOT (${negated})`
    }
    if (key.startsWith("$")) {
      return invalid(`Unknown filter operator "${key}"; use $and, $or or $not to combine filters.`)
    }
    return fieldPredicate(prefix + key, value, fields)
  })
  return join(parts, "AND")
}

/** Compiles the provider-agnostic filter tree into a Meilisearch filter expression. */
export function toMeilisearchFilter(filters: SearchTypes.SearchFilters | undefined, fields: Fields): string | undefined {
  const compiled = filters ? compile(filters, fields) : undefined
  // The outer parentheses of a single group add nothing once it is the whole expression.
  return compiled && hasOuterGroup(compiled) ? compiled.slice(1, -1) : compiled
}

function hasOuterGroup(expression: string): boolean {
  if (!expression.startsWith("(") || !expression.endsWith(")")) {
    return false
  }
  let depth = 0
  let quoted = false
  for (let i = 0; i < expression.length; i++) {
    const char = expression[i]
    if (char === "\\" && quoted) {
      i++
    } else if (char === '"') {
      quoted = !quoted
    } else if (!quoted && (char === "(" || char === ")")) {
      depth += char === "(" ? 1 : -1
      if (depth === 0 && i < expression.length - 1) {
        return false
      }
    }
  }
  return true
}

/* ---------------------------------- query --------------------------------- */

const DEFAULT_TAKE = 20
const DEFAULT_FACET_LIMIT = 10
const SCORE_KEY = "_score"

function leafOf(input: Query, path: string, purpose: string): FieldLeaf {
  const leaf = fieldLeaves(input.index.fields).find((candidate) => candidate.path === path)
  if (!leaf) {
    invalid(`Cannot ${purpose} "${path}": index "${input.index.name}" declares no such field.`)
  }
  return leaf
}

/**
 * Meilisearch applies `sort` as a ranking rule after its relevance rules, so relevance can only
 * come first: `_score` is accepted as the leading key (or alone) and dropped from the request.
 */
function sortParam(input: Query): string[] | undefined {
  const entries = Object.entries(input.pagination?.order ?? {})
  const sort = entries.flatMap(([path, direction], position) => {
    if (path === SCORE_KEY) {
      if (direction !== "DESC" || position > 0) {
        invalid(
          `Meilisearch orders by relevance descending and before any sort field, so "${SCORE_KEY}" must be the first ` +
            `key and DESC (got position ${position + 1}, ${direction}).`
        )
      }
      return []
    }
    if (!leafOf(input, path, "sort by").field.sortable) {
      invalid(`Cannot sort by "${path}": the field is not sortable. Declare it with .sortable() and reindex.`)
    }
    return [`${path}:${direction === "DESC" ? "desc" : "asc"}`]
  })
  return sort.length ? sort : undefined
}

function normalizeFacet(request: string | FacetRequest): FacetRequest {
  return typeof request === "string" ? { field: request } : request
}

function facetRequests(input: Query): FacetRequest[] {
  return (input.search_options?.facets ?? []).map(normalizeFacet).map((request) => {
    const kind = request.type ?? "value"
    const leaf = leafOf(input, request.field, `facet on`)
    if (!facetKinds(leaf.field).includes(kind)) {
      const allowed = facetKinds(leaf.field)
      invalid(
        `Cannot compute a ${kind} facet on "${request.field}": the field allows ` +
          `${allowed.length ? allowed.join(", ") : "no"} facets. Declare it with .facetable() for the type you need.`
      )
    }
    return request
  })
}

/**
 * Meilisearch has no strict OR of terms: "frequency" drops the most common terms first until
 * documents match. "last" stays "all" because the engine always matches the last term as a prefix;
 * its own "last" strategy drops trailing terms, which is not typeahead.
 */
const MATCHING_STRATEGIES: Record<SearchTypes.SearchMatchStrategy, MatchingStrategies> = {
  all: "all",
  last: "all",
  any: "frequency",
}

function assertSupportedOptions(input: Query): void {
  const options = input.search_options ?? {}
  if (input.pagination?.cursor) {
    invalid("Meilisearch pages with skip and take; it has no cursors. Drop pagination.cursor.")
  }
  if (options.vector) {
    invalid("The Meilisearch provider does not run vector searches. Drop search_options.vector.")
  }
  const typoEnabled = input.index.settings.typo_tolerance?.enabled ?? true
  if (options.typo_tolerance === false && typoEnabled && input.q?.trim()) {
    invalid(
      `Meilisearch sets typo tolerance per index, not per query. Set settings.typo_tolerance.enabled = false on ` +
        `index "${input.index.name}" or drop search_options.typo_tolerance.`
    )
  }
  if (options.min_score !== undefined && !(options.min_score >= 0 && options.min_score <= 1)) {
    invalid(`Meilisearch scores range from 0 to 1, so min_score ${options.min_score} cannot be honoured.`)
  }
}

/** Meilisearch counts exactly only with page-based pagination, which skip/take map onto only when aligned. */
function paginationParams(input: Query): Pick<MultiSearchQuery, "offset" | "limit" | "page" | "hitsPerPage"> {
  const skip = input.pagination?.skip ?? 0
  const take = input.pagination?.take ?? DEFAULT_TAKE
  if (input.search_options?.count !== "exact") {
    return { offset: skip, limit: take }
  }
  if (take <= 0 || skip % take !== 0) {
    invalid(`An exact count needs skip (${skip}) to be a multiple of take (${take}) on Meilisearch; use count "estimated".`)
  }
  return { page: skip / take + 1, hitsPerPage: take }
}

function searchOn(input: Query): string[] | undefined {
  const paths = input.search_options?.attributes_to_search_on
  for (const path of paths ?? []) {
    if (!leafOf(input, path, "search on").field.searchable) {
      invalid(`Cannot search on "${path}": the field is not searchable. Declare it with .searchable() and reindex.`)
    }
  }
  return paths
}

interface HighlightPlan {
  fields: string[]
  preTag: string
  postTag: string
  snippet?: boolean | { length: number }
}

function highlightPlan(input: Query): HighlightPlan | undefined {
  const highlight = input.search_options?.highlight
  if (!highlight || !input.q?.trim()) {
    return undefined
  }
  const defaults = searchOn(input) ?? searchableAttributes(fieldLeaves(input.index.fields))
  const options = highlight === true ? { fields: defaults } : highlight
  return {
    fields: options.fields,
    preTag: options.pre_tag ?? "<mark>",
    postTag: options.post_tag ?? "</mark>",
    snippet: options.snippet,
  }
}

function highlightParams(plan: HighlightPlan | undefined): Partial<MultiSearchQuery> {
  if (!plan) {
    return {}
  }
  const crop = plan.snippet
    ? { attributesToCrop: plan.fields, ...(typeof plan.snippet === "object" ? { cropLength: plan.snippet.length } : {}) }
    : {}
  return {
    attributesToHighlight: plan.fields,
    highlightPreTag: plan.preTag,
    highlightPostTag: plan.postTag,
    ...crop,
  }
}

function distinctParam(input: Query): string | undefined {
  const distinct = input.search_options?.distinct
  if (distinct && !isFilterable(leafOf(input, distinct, "deduplicate by").field)) {
    invalid(`Meilisearch deduplicates only by a filterable field; declare "${distinct}" with .filterable().`)
  }
  return distinct
}

/** The parameters that decide which documents match, shared by the hits query and the facet count queries. */
function matchParams(input: Query): MultiSearchQuery {
  const options = input.search_options ?? {}
  const q = input.q?.trim()
  if (q && !searchableAttributes(fieldLeaves(input.index.fields)).length) {
    invalid(`Index "${input.index.name}" has no searchable fields, so it cannot be queried by text.`)
  }
  return withoutUndefined({
    indexUid: input.index.physical_name,
    q: q || undefined,
    filter: toMeilisearchFilter(input.filters, input.index.fields),
    matchingStrategy: options.match_strategy && MATCHING_STRATEGIES[options.match_strategy],
    attributesToSearchOn: searchOn(input),
    rankingScoreThreshold: options.min_score,
    distinct: distinctParam(input),
    locales: options.locales,
  })
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T
}

/** The Meilisearch query for the hits, value facets and stats of a provider query. */
export function toMeilisearchSearchParams(input: Query): MultiSearchQuery {
  assertSupportedOptions(input)
  const options = input.search_options ?? {}
  const facets = facetRequests(input).filter((request) => request.type !== "range")
  return {
    ...matchParams(input),
    ...paginationParams(input),
    ...withoutUndefined({
      facets: facets.length ? [...new Set(facets.map((request) => request.field))] : undefined,
      sort: sortParam(input),
      attributesToRetrieve: [...new Set([...input.attributes_to_retrieve, input.index.primary_key])],
      showRankingScore: options.include_score || undefined,
    }),
    ...highlightParams(highlightPlan(input)),
    ...options.provider_options?.meilisearch,
  }
}

/* ------------------------------ facet counts ------------------------------ */

/** A count Meilisearch cannot return with the hits, asked as its own query in the same multi-search. */
export interface FacetCountQuery {
  field: string
  kind: "range" | "stats"
  range?: Range
  query: MultiSearchQuery
}

function rangeKey(range: Range): string {
  return range.key ?? `${range.from ?? "*"}-${range.to ?? "*"}`
}

function countQuery(base: MultiSearchQuery, condition: string): MultiSearchQuery {
  const filter = base.filter ? `(${String(base.filter)}) AND ${condition}` : condition
  // `hitsPerPage: 0` returns no hits but an exhaustive `totalHits`, unlike `estimatedTotalHits`.
  return { ...base, filter, page: 1, hitsPerPage: 0 }
}

function rangeCondition(leaf: FieldLeaf, range: Range): string {
  const bounds = [
    range.from !== undefined ? `${attribute(leaf.path)} >= ${castNumber(leaf, range.from)}` : undefined,
    range.to !== undefined ? `${attribute(leaf.path)} < ${castNumber(leaf, range.to)}` : undefined,
  ].filter((bound): bound is string => !!bound)
  return bounds.length ? bounds.join(" AND ") : `${attribute(leaf.path)} EXISTS`
}

/**
 * Range facets are counted by one extra query per range (and stats facets get their document count
 * the same way), because `facetStats` holds only min and max and `facetDistribution` stops at
 * `maxValuesPerFacet` distinct values, which would undercount ranges over prices or dates.
 */
export function facetCountQueries(input: Query): FacetCountQuery[] {
  const requests = facetRequests(input).filter((request) => request.type === "range" || request.type === "stats")
  if (!requests.length) {
    return []
  }
  const base = { ...matchParams(input), ...input.search_options?.provider_options?.meilisearch }
  return requests.flatMap((request): FacetCountQuery[] => {
    const leaf = leafOf(input, request.field, "facet on")
    if (request.type === "range") {
      return request.ranges.map((range) => ({
        field: request.field,
        kind: "range",
        range,
        query: countQuery(base, rangeCondition(leaf, range)),
      }))
    }
    return [{ field: request.field, kind: "stats", query: countQuery(base, isPresent(leaf)) }]
  })
}

/* --------------------------------- results -------------------------------- */

type ValueRequest = Exclude<FacetRequest, { type: "range" | "stats" }>

/**
 * Meilisearch returns at most `maxValuesPerFacet` values per facet (100 unless the index's
 * `faceting` says otherwise), so `query` filters and `limit` apply within those.
 */
function valueFacet(distribution: CategoriesDistribution | undefined, request: ValueRequest): SearchTypes.SearchFacetResult {
  const needle = request.query?.toLocaleLowerCase()
  const values = Object.entries(distribution ?? {})
    .map(([value, count]) => ({ value, count }))
    .filter(({ value }) => !needle || value.toLocaleLowerCase().includes(needle))
    .sort(
      request.sort === "alpha"
        ? (a, b) => a.value.localeCompare(b.value)
        : (a, b) => b.count - a.count || a.value.localeCompare(b.value)
    )
  return { type: "value", values: values.slice(0, request.limit ?? DEFAULT_FACET_LIMIT) }
}

function statsFacet(stat: FacetStat | undefined, count: number): SearchTypes.SearchFacetResult {
  return { type: "stats", min: stat?.min ?? 0, max: stat?.max ?? 0, count: stat ? count : 0 }
}

type CountResponse = Pick<SearchResponse, "totalHits" | "estimatedTotalHits">

function totalOf(response: CountResponse | undefined): number {
  return response?.totalHits ?? response?.estimatedTotalHits ?? 0
}

function facetResults(
  response: SearchResponse,
  input: Query,
  counts: readonly CountResponse[]
): Record<string, SearchTypes.SearchFacetResult> | undefined {
  const requests = facetRequests(input)
  if (!requests.length) {
    return undefined
  }
  const countQueries = facetCountQueries(input)
  const countFor = (field: string, kind: FacetCountQuery["kind"]) =>
    countQueries.flatMap((query, i) => (query.field === field && query.kind === kind ? [{ query, count: totalOf(counts[i]) }] : []))
  const facets: Record<string, SearchTypes.SearchFacetResult> = {}
  for (const request of requests) {
    if (request.type === "range") {
      facets[request.field] = {
        type: "range",
        ranges: countFor(request.field, "range").map(({ query, count }) => ({
          key: rangeKey(query.range as Range),
          from: query.range?.from,
          to: query.range?.to,
          count,
        })),
      }
    } else if (request.type === "stats") {
      facets[request.field] = statsFacet(response.facetStats?.[request.field], countFor(request.field, "stats")[0]?.count ?? 0)
    } else {
      facets[request.field] = valueFacet(response.facetDistribution?.[request.field], request)
    }
  }
  return facets
}

function highlightsOf(hit: Hit, plan: HighlightPlan | undefined): Record<string, string[]> | undefined {
  if (!plan || !hit._formatted) {
    return undefined
  }
  const highlights: Record<string, string[]> = {}
  for (const path of plan.fields) {
    const fragments = readDocumentPath(hit._formatted, path.split("."))
      .filter((value): value is string => typeof value === "string" && value.includes(plan.preTag))
    if (fragments.length) {
      highlights[path] = fragments
    }
  }
  return Object.keys(highlights).length ? highlights : undefined
}

function toHit(hit: Hit, input: Query, plan: HighlightPlan | undefined): SearchTypes.SearchHit {
  const primaryKey = input.index.primary_key
  // Meilisearch adds its own `_`-prefixed keys (_formatted, _rankingScore…) next to the fields.
  const fields = Object.fromEntries(
    Object.entries(hit).filter(
      ([key]) => !key.startsWith("_") && (key !== primaryKey || input.attributes_to_retrieve.includes(primaryKey))
    )
  )
  return withoutUndefined({
    id: String(hit[primaryKey]),
    score: input.search_options?.include_score ? hit._rankingScore : undefined,
    document: fromMeilisearchDocument(fields, input.index.fields),
    highlights: highlightsOf(hit, plan),
  })
}

/**
 * Maps a Meilisearch response back to the provider contract. `counts` are the responses to
 * `facetCountQueries(input)`, in that order.
 */
export function fromMeilisearchResult(
  response: SearchResponse,
  input: Query,
  counts: readonly CountResponse[] = []
): SearchTypes.SearchResult {
  const plan = highlightPlan(input)
  return withoutUndefined({
    hits: response.hits.map((hit) => toHit(hit, input, plan)),
    facets: facetResults(response, input, counts),
    metadata: withoutUndefined({
      skip: input.pagination?.skip ?? 0,
      take: input.pagination?.take ?? DEFAULT_TAKE,
      count: input.search_options?.count === "none" ? null : (response.totalHits ?? response.estimatedTotalHits ?? null),
      query: input.q,
      processing_time_ms: response.processingTimeMs,
    }),
  })
}
