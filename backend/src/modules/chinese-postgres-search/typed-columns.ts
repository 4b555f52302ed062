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
 * rerun. Rows that pass PostgreSQL's TOAST threshold (about 2 kB) are cut down to 256 bytes by
 * moving the stored document and `indexed` out of line, while the typed columns and the text
 * vector stay in the row (the vector compressed), so matching text never fetches a vector from
 * TOAST. Smaller rows stay whole in the table: scans that only filter and count read the
 * covering index instead (`coveringIndexSql`).
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

/**
 * One btree over every typed column, keyed by the fields most filters name (e.g. status, region,
 * county): filters, counts and facets are then answered by an index-only scan of a few dozen
 * bytes per document instead of reading the table, whose rows carry the whole document and text
 * vector (over 1.5 kB each). Index-only scans need the visibility map, which the provider keeps
 * current with VACUUM after bulk writes.
 */
export function coveringIndexSql(table: string, plan: IndexPlan, keys: string[]): string[] {
  if (!keys.length) return []
  const columns = typedColumns(plan)
  const keyColumns = keys.flatMap((path) => {
    const typed = columns.get(path)
    return typed && typed.kind !== "text[]" ? [typed] : []
  })
  if (keyColumns.length !== keys.length) {
    throw new Error(`covering_index keys must be flat typed fields of the index (got ${keys.join(", ")})`)
  }
  const included = [...columns.values()].filter((c) => c.path !== plan.primary_key && !keys.includes(c.path))
  const list = (cs: TypedColumn[]) => cs.map((c) => `"${c.column}"`).join(", ")
  const name = `${table}_cover_${keys.join("_")}`.slice(0, 63)
  return [`CREATE INDEX IF NOT EXISTS "${name}" ON "${table}" (${list(keyColumns)}) INCLUDE (${list(included)})`]
}
