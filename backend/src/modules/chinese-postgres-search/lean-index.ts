import { isFacetable, type IndexPlan } from "@medusajs/search-postgres/dist/utils"

/**
 * Top-level fields that are only ever matched as text: they live in `search_vector` (for
 * matching) and `document` (for display), so `indexed` — read row by row for every filter,
 * sort and facet — does not need them. Without them `indexed` shrinks from kilobytes (pinyin,
 * character grams, descriptions) to a few hundred bytes and stays inline instead of being
 * decompressed from TOAST for every row of every facet.
 */
export function matchOnlyFields(plan: IndexPlan): string[] {
  return [...plan.fields.values()]
    .filter((p) => !p.path.includes(".") && p.path !== plan.primary_key)
    .filter((p) => !p.field.filterable && !p.field.sortable && !isFacetable(p.field))
    .map((p) => p.path)
    .sort()
}

const quote = (text: string) => `'${text.replace(/'/g, "''")}'`

/** A trigger that drops the match-only fields from `indexed` on every write, whoever writes. */
export function leanIndexedTriggerSql(table: string, fields: string[]): string[] {
  const keys = `ARRAY[${fields.map(quote).join(", ")}]::text[]`
  const fn = `"${table}_lean_indexed"`
  return [
    `CREATE OR REPLACE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN NEW."indexed" := NEW."indexed" - ${keys}; RETURN NEW; END
    $fn$`,
    `CREATE OR REPLACE TRIGGER ${fn} BEFORE INSERT OR UPDATE OF "indexed" ON "${table}" FOR EACH ROW EXECUTE FUNCTION ${fn}()`,
    // Rows written before the trigger existed (the trigger strips them as they are rewritten).
    `UPDATE "${table}" SET "indexed" = "indexed" WHERE jsonb_exists_any("indexed", ${keys})`,
  ]
}
