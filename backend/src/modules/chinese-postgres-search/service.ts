import type { SearchTypes } from "@medusajs/framework/types"
import { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"
import { hasChinese, postgresQueryText } from "../../lib/search/analysis"

/**
 * Medusa's PostgreSQL search provider, with queries prepared for Chinese: PostgreSQL reads a run
 * of Chinese characters as one word, so the query is split into characters as the documents'
 * Chinese fields are (see lib/search/analysis.ts).
 *
 * Typo tolerance (trigram similarity) is a fallback for Latin queries that match nothing as
 * typed: used on every query it lets "selenium tea" pull in selenium rice, and on single Chinese
 * characters it would match nearly everything.
 */
export class ChinesePostgresSearchService extends PostgresSearchService {
  static override identifier = "search-postgres-zh"

  override async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    const q = postgresQueryText(input.q)
    const options = input.search_options ?? {}
    const run = (typo: boolean) => super.search({ ...input, q, search_options: { ...options, typo_tolerance: typo } })
    const exact = await run(false)
    const found = exact.metadata.count ?? exact.hits.length
    if (found > 0 || !q || !options.typo_tolerance || hasChinese(q)) return exact
    return run(true)
  }
}
