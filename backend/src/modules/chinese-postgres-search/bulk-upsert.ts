import type { SearchTypes } from "@medusajs/framework/types"
import { projectIndexedDocument, type IndexPlan } from "@medusajs/search-postgres/dist/utils"

const AGGREGATE = "seleno_tsvector_agg"

/** `tsvector || tsvector` as an aggregate, so a document's weighted parts concatenate in SQL in their order. */
export const TSVECTOR_AGGREGATE_SQL = `CREATE OR REPLACE AGGREGATE ${AGGREGATE}(tsvector) (SFUNC = tsvector_concat, STYPE = tsvector, INITCOND = '')`

/** One row of the batch, as JSON: the projection Medusa's provider makes, with its weighted parts. */
export function bulkRows(documents: SearchTypes.SearchDocument[], plan: IndexPlan) {
  const rows = new Map<string, { id: string; document: unknown; indexed: unknown; parts: { t: string; w: string }[] }>()
  for (const document of documents) {
    const projection = projectIndexedDocument(document, plan)
    // Last write wins on duplicate ids, as in Medusa's provider.
    rows.set(projection.id, {
      id: projection.id,
      document,
      indexed: projection.indexed,
      parts: projection.weighted_parts.map((part) => ({ t: part.text, w: part.weight })),
    })
  }
  return [...rows.values()]
}

/**
 * The whole batch as one JSON parameter, unpacked by `jsonb_to_recordset`: Medusa's provider binds
 * about twenty parameters per document, and building and parsing those statements cost more than
 * PostgreSQL's own work. The text vector and `search_text` are the same as Medusa's: each part
 * weighted and concatenated in order, and the parts' text joined by spaces.
 */
export function bulkUpsertSql(table: string, tsConfig: string): string {
  return `INSERT INTO "${table}" ("id", "document", "indexed", "search_vector", "search_text", "updated_at")
    SELECT r.id, r.document, r.indexed,
      coalesce(v.vector, ''::tsvector), coalesce(v.text, ''), now()
    FROM jsonb_to_recordset(?::jsonb) AS r(id text, document jsonb, indexed jsonb, parts jsonb)
    CROSS JOIN LATERAL (
      SELECT ${AGGREGATE}(setweight(to_tsvector('${tsConfig}', coalesce(p->>'t', '')), (p->>'w')::"char") ORDER BY n) AS vector,
             string_agg(p->>'t', ' ' ORDER BY n) AS text
        FROM jsonb_array_elements(r.parts) WITH ORDINALITY AS e(p, n)
    ) AS v
    ON CONFLICT ("id") DO UPDATE SET
      "document" = EXCLUDED."document", "indexed" = EXCLUDED."indexed", "search_vector" = EXCLUDED."search_vector",
      "search_text" = EXCLUDED."search_text", "updated_at" = now()
    RETURNING (xmax = 0)::int AS inserted`
}
