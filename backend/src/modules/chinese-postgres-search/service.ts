import type { SearchTypes } from "@medusajs/framework/types"
import { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"
import { hasChinese, postgresQueryText } from "../../lib/search/analysis"
import { correctSpelling } from "../../lib/search/spelling"

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
 * which took seconds at 10,000 products; the vocabulary is read once and cached.
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
