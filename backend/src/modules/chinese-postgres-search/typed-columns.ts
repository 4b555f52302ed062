import { isFacetable, type IndexPlan, type PlannedField } from "@medusajs/search-postgres/dist/utils"

/**
 * Typed copies of the fields that filters, sorts and facets read, kept by PostgreSQL itself
 * (stored generated columns of `indexed`). Reading a text or float8 column is far cheaper than
 * parsing a JSONB value per row, which dominated every facet count and sort.
 */
export interface TypedColumn {
  path: string
  column: string
  kind: "text" | "text[]" | "float8" | "boolean"
}

const ARRAY_FN = "seleno_search_text_array"

function kindOf(planned: PlannedField): TypedColumn["kind"] | null {
  if (planned.kind === "keyword") return planned.is_array ? "text[]" : "text"
  if (planned.is_array) return null
  if (planned.kind === "number") return "float8"
  if (planned.kind === "boolean") return "boolean"
  return null
}

/** The fields that get a typed column: flat filter, sort or facet fields of a supported type. */
export function typedColumns(plan: IndexPlan): Map<string, TypedColumn> {
  const columns = new Map<string, TypedColumn>()
  for (const planned of plan.fields.values()) {
    const { field, path } = planned
    if (!/^[a-z][a-z0-9_]*$/.test(path)) continue
    if (!field.filterable && !field.sortable && !isFacetable(field) && path !== plan.primary_key) continue
    const kind = kindOf(planned)
    if (kind) columns.set(path, { path, column: `f_${path}`, kind })
  }
  return columns
}

function expression({ path, kind }: TypedColumn): string {
  const text = `("indexed"->>'${path}')`
  switch (kind) {
    case "text[]":
      return `${ARRAY_FN}("indexed"->'${path}')`
    case "float8":
      return `(${text}::float8)`
    case "boolean":
      return `(${text}::boolean)`
    default:
      return text
  }
}

/**
 * Statements that add the typed columns (and their sort indexes) to a document table; safe to
 * rerun. They also keep rows narrow: the stored document and `indexed` move out of line as soon
 * as a row passes 256 bytes, while the typed columns and the text vector stay in it (the vector
 * compressed), so a scan that filters and counts reads a few megabytes instead of every document,
 * and matching text never has to fetch a vector from TOAST.
 */
export function typedColumnsSql(table: string, plan: IndexPlan): string[] {
  const columns = [...typedColumns(plan).values()]
  const inline = [
    `ALTER COLUMN "search_vector" SET STORAGE MAIN`,
    ...columns.filter((c) => c.kind === "text" || c.kind === "text[]").map((c) => `ALTER COLUMN "${c.column}" SET STORAGE PLAIN`),
  ]
  return [
    `CREATE OR REPLACE FUNCTION ${ARRAY_FN}(value jsonb) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
      $fn$ SELECT CASE WHEN jsonb_typeof(value) = 'array' THEN ARRAY(SELECT jsonb_array_elements_text(value)) END $fn$`,
    ...columns.map((c) => `ALTER TABLE "${table}" ADD COLUMN IF NOT EXISTS "${c.column}" ${c.kind} GENERATED ALWAYS AS (${expression(c)}) STORED`),
    ...columns
      .filter((c) => plan.fields.get(c.path)?.field.sortable && c.kind !== "text[]")
      .map((c) => `CREATE INDEX IF NOT EXISTS "${table}_${c.column}_idx" ON "${table}" ("${c.column}")`),
    `ALTER TABLE "${table}" SET (toast_tuple_target = 256)`,
    `ALTER TABLE "${table}" ${inline.join(", ")}`,
  ]
}

/** An order the storefront asks for often, to be served from an index rather than a sort. */
export type SortIndex = { field: string; direction: "ASC" | "DESC" }[]

/** A btree index matching each listed order exactly (direction, NULLS LAST, then id), as typed-query.ts writes it. */
export function sortIndexSql(table: string, plan: IndexPlan, sortIndexes: SortIndex[]): string[] {
  const columns = typedColumns(plan)
  return sortIndexes.flatMap((order) => {
    const typed = order.map((o) => ({ ...o, typed: columns.get(o.field) }))
    if (!typed.length || typed.some((o) => !o.typed || o.typed.kind === "text[]")) return []
    const name = `${table}_sort_${order.map((o) => `${o.field}_${o.direction.toLowerCase()}`).join("_")}`.slice(0, 63)
    const keys = typed.map((o) => `"${o.typed!.column}" ${o.direction} NULLS LAST`)
    return [`CREATE INDEX IF NOT EXISTS "${name}" ON "${table}" (${[...keys, `"id" ASC`].join(", ")})`]
  })
}
