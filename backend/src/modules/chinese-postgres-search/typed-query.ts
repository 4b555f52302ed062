import type { SearchTypes } from "@medusajs/framework/types"
import type { TypedColumn } from "./typed-columns"

/** Thrown while compiling when a query needs something only the base provider's SQL does. */
export class NotTyped extends Error {}

type Columns = Map<string, TypedColumn>
type Params = unknown[]

const OPERATORS = { $gt: ">", $gte: ">=", $lt: "<", $lte: "<=" } as const

function column(columns: Columns, path: string): TypedColumn {
  const typed = columns.get(path)
  if (!typed) throw new NotTyped(path)
  return typed
}

function scalar(typed: TypedColumn, value: unknown): unknown {
  if (typed.kind === "float8") {
    const number = value instanceof Date ? value.getTime() : Number(value)
    if (Number.isNaN(number)) throw new NotTyped(typed.path)
    return number
  }
  if (typed.kind === "boolean") return value === true || value === "true"
  return String(value)
}

/**
 * Predicates are written plainly (`col = ?`, not `coalesce(col = ?, false)`) so that PostgreSQL can
 * answer them from an index: in a WHERE clause a NULL comparison already excludes the row. Only a
 * negation must turn "unknown" into "true" (a missing field satisfies `$ne`), see `not`.
 */
function not(predicate: string): string {
  return `(${predicate}) IS NOT TRUE`
}

/** Equality, or membership for array fields; a null value means "absent". */
function equals(typed: TypedColumn, value: unknown, params: Params): string {
  const col = `"${typed.column}"`
  if (value === null || value === undefined) return `${col} IS NULL`
  params.push(scalar(typed, value))
  return typed.kind === "text[]" ? `${col} @> ARRAY[?]::text[]` : `${col} = ?`
}

function anyOf(typed: TypedColumn, values: unknown[], params: Params): string {
  if (!values.length) return "FALSE"
  const parts = values.map((v) => equals(typed, v, params))
  return parts.length === 1 ? parts[0]! : `(${parts.join(" OR ")})`
}

function arrayMatch(typed: TypedColumn, values: unknown[], all: boolean, params: Params): string {
  if (typed.kind !== "text[]") throw new NotTyped(typed.path)
  if (!values.length) return all ? "TRUE" : "FALSE"
  // One placeholder per value: the driver would spread a bound array into a list.
  params.push(...values.map(String))
  return `"${typed.column}" ${all ? "@>" : "&&"} ARRAY[${values.map(() => "?").join(", ")}]::text[]`
}

function operator(typed: TypedColumn, op: string, value: unknown, params: Params): string {
  const list = Array.isArray(value) ? value : [value]
  switch (op) {
    case "$eq":
      return equals(typed, value, params)
    case "$ne":
      return value === null || value === undefined ? `"${typed.column}" IS NOT NULL` : not(equals(typed, value, params))
    case "$in":
      return anyOf(typed, list, params)
    case "$nin":
      return not(anyOf(typed, list, params))
    case "$exists":
      return `"${typed.column}" IS ${value ? "NOT " : ""}NULL`
    case "$contains":
      return arrayMatch(typed, list, true, params)
    case "$overlaps":
      return arrayMatch(typed, list, false, params)
    case "$gt":
    case "$gte":
    case "$lt":
    case "$lte":
      if (typed.kind !== "float8") throw new NotTyped(typed.path)
      params.push(scalar(typed, value))
      return `"${typed.column}" ${OPERATORS[op]} ?`
    default:
      throw new NotTyped(op)
  }
}

function field(columns: Columns, path: string, raw: unknown, params: Params): string {
  const typed = column(columns, path)
  if (raw === null || typeof raw !== "object" || Array.isArray(raw) || raw instanceof Date) {
    return anyOf(typed, Array.isArray(raw) ? raw : [raw], params)
  }
  const ops = Object.entries(raw as Record<string, unknown>).filter(([key]) => key.startsWith("$"))
  if (!ops.length) throw new NotTyped(path)
  const parts = ops.map(([op, value]) => operator(typed, op, value, params))
  return parts.length === 1 ? parts[0]! : `(${parts.join(" AND ")})`
}

/**
 * The Search Module's filter language over the typed columns, with the base provider's meaning
 * (bare values and lists are membership on arrays; a missing field satisfies `$ne`).
 */
export function typedWhere(filters: SearchTypes.SearchFilters | undefined, columns: Columns): { sql: string; params: Params } | undefined {
  if (!filters) return undefined
  const params: Params = []
  const compile = (branch: Record<string, unknown>): string => {
    const parts: string[] = []
    for (const [key, value] of Object.entries(branch)) {
      if (key === "q") continue
      if (key === "$and" || key === "$or") {
        const nested = ((value as Record<string, unknown>[]) ?? []).map(compile).filter(Boolean)
        if (nested.length) parts.push(`(${nested.join(key === "$and" ? " AND " : " OR ")})`)
      } else if (key === "$not") {
        const nested = compile(value as Record<string, unknown>)
        if (nested) parts.push(not(nested))
      } else {
        parts.push(field(columns, key, value, params))
      }
    }
    return parts.join(" AND ")
  }
  const sql = compile(filters as Record<string, unknown>)
  return sql ? { sql, params } : undefined
}

/** ORDER BY over the typed columns; relevance first when there is a query and no explicit order. */
export function typedOrder(order: Record<string, SearchTypes.SearchOrderBy> | undefined, columns: Columns, hasScore: boolean): string {
  const entries = Object.entries(order ?? {})
  if (!entries.length) return hasScore ? `score DESC NULLS LAST, "id" ASC` : `"id" ASC`
  const clauses = entries.map(([path, direction]) => {
    const dir = direction === "ASC" ? "ASC" : "DESC"
    if (path === "_score") return `score ${dir} NULLS LAST`
    const typed = column(columns, path)
    if (typed.kind === "text[]") throw new NotTyped(path)
    return `"${typed.column}" ${dir} NULLS LAST`
  })
  return [...clauses, `"id" ASC`].join(", ")
}
