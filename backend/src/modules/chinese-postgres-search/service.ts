import type { SearchTypes } from "@medusajs/framework/types"
import { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"
import { normalizeFacetRequests, type IndexPlan } from "@medusajs/search-postgres/dist/utils"
import { hasChinese, postgresQueryText } from "../../lib/search/analysis"
import { correctSpelling } from "../../lib/search/spelling"
import { combinedFacetQuery, facetResults, type SqlFragment } from "./facets"
import { leanIndexedTriggerSql, matchOnlyFields } from "./lean-index"

type DbManager = Parameters<PostgresSearchService["createDocumentTable"]>[2]

/** How long the Latin vocabulary of an index is reused before it is read again. */
const VOCABULARY_TTL_MS = 5 * 60 * 1000

/**
 * Medusa's PostgreSQL search provider, with queries prepared for Chinese: PostgreSQL reads a run
 * of Chinese characters as one word, so the query is split into characters as the documents'
 * Chinese fields are (see lib/search/analysis.ts).
 *
 * Typos: a Latin query that matches nothing as typed is corrected word by word against the words
 * the index holds (edit distance, see lib/search/spelling.ts) and run again. The base provider's
 * own typo tolerance compares the query with every document's text (`word_similarity`, no index),
 * which took seconds at 10,000 products; the vocabulary is read once and cached. For the same
 * reason the trigram index that only served it is not built (it also slowed every write).
 *
 * Speed: all facets of a search come from one statement (see facets.ts), and `indexed` keeps only
 * what filters, sorts and facets read (see lean-index.ts).
 */
export class ChinesePostgresSearchService extends PostgresSearchService {
  static override identifier = "search-postgres-zh"

  private vocabularies = new Map<string, { words: Set<string>; at: number }>()

  override async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    const q = postgresQueryText(input.q)
    const options = input.search_options ?? {}
    const run = (query: string | undefined) => super.search({ ...input, q: query, search_options: { ...options, typo_tolerance: false } })
    const exact = await run(q)
    const found = exact.metadata.count ?? exact.hits.length
    if (found > 0 || !q || !options.typo_tolerance || hasChinese(q)) return exact
    const corrected = correctSpelling(q, await this.latinVocabulary(input.index.physical_name))
    if (!corrected) return exact
    const result = await run(corrected)
    return { ...result, metadata: { ...result.metadata, query: input.q } }
  }

  protected override async createDocumentTable(table: string, plan: IndexPlan, manager: DbManager): Promise<void> {
    const withoutTrigrams: DbManager = {
      ...manager,
      execute: (sql, params) => (sql.includes("gin_trgm_ops") ? Promise.resolve([]) : manager.execute(sql, params)),
    }
    await super.createDocumentTable(table, plan, withoutTrigrams)
    await manager.execute(`DROP INDEX IF EXISTS "${table}_trgm_idx"`)
    for (const sql of leanIndexedTriggerSql(table, matchOnlyFields(plan))) await manager.execute(sql)
  }

  /** `attributes_to_search_on` reads text fields from the stored document: `indexed` no longer holds them. */
  protected override onTheFlyTextExpr(paths: string[]): string {
    return super.onTheFlyTextExpr(paths).replaceAll("indexed#>>", "document#>>")
  }

  protected override onTheFlyVectorExpr(paths: string[], plan: IndexPlan): string {
    return super.onTheFlyVectorExpr(paths, plan).replaceAll("indexed#>>", "document#>>")
  }

  protected override async resolveFacets(input: {
    table: string
    plan: IndexPlan
    scopeWhere?: SqlFragment
    requests?: (string | SearchTypes.SearchFacetRequest)[]
  }): Promise<Record<string, SearchTypes.SearchFacetResult> | undefined> {
    const requests = normalizeFacetRequests(input.requests, input.plan)
    if (!requests.length) return undefined
    const { sql, params } = combinedFacetQuery(input.table, input.plan, requests, input.scopeWhere)
    return facetResults(requests, await this.manager_.execute(sql, params))
  }

  /** Every Latin word (3+ letters) in the index's searchable text, lower-cased. */
  private async latinVocabulary(index: string): Promise<Set<string>> {
    const cached = this.vocabularies.get(index)
    if (cached && Date.now() - cached.at < VOCABULARY_TTL_MS) return cached.words
    const { table_name } = await this.retrieve(index)
    const rows = (await this.manager_.execute(
      `SELECT DISTINCT lower(word) AS word
         FROM "${table_name}", regexp_split_to_table("search_text", '[^A-Za-z]+') AS word
        WHERE length(word) >= 3`
    )) as { word: string }[]
    const words = new Set(rows.map((r) => r.word))
    this.vocabularies.set(index, { words, at: Date.now() })
    return words
  }
}
