import type { SearchTypes } from "@medusajs/framework/types"
import { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"
import { normalizeFacetRequests, type IndexPlan } from "@medusajs/search-postgres/dist/utils"
import { hasChinese, postgresQueryText } from "../../lib/search/analysis"
import { correctSpelling, LATIN_WORD_PATTERN, latinWords } from "../../lib/search/spelling"
import { bulkRows, bulkUpsertSql, TSVECTOR_AGGREGATE_SQL } from "./bulk-upsert"
import { combinedFacetQuery, facetResults, jsonbFacetColumn, type SqlFragment } from "./facets"
import { leanIndexedTriggerSql, matchOnlyFields } from "./lean-index"
import { coveringIndexSql, sortIndexSql, typedColumnsSql, type SortIndex } from "./typed-columns"
import { typedSearch } from "./typed-search"

type DbManager = Parameters<PostgresSearchService["createDocumentTable"]>[2]
type StoredCatalog = Awaited<ReturnType<PostgresSearchService["retrieve"]>>

/**
 * After this many documents written by one process, the table is vacuumed and its statistics
 * refreshed once the burst of writes pauses: a bulk load (a reindex, an import) otherwise leaves
 * the planner thinking the table is as small as before, and the new rows out of the visibility
 * map, so filters and facets read the table instead of the covering index until autovacuum
 * catches up.
 */
const VACUUM_AFTER_WRITES = 2000
const VACUUM_DELAY_MS = 200

/** How long a read reuses an index's catalog entry (table and plan) before asking again. */
const CATALOG_TTL_MS = 60 * 1000

/** Documents per INSERT of a bulk upsert (one JSON parameter each). */
const BULK_CHUNK = 1000

/**
 * How long the Latin vocabulary of an index is used before it is read again (in the background):
 * this process adds the words it writes at once; this picks up other processes' writes.
 */
const VOCABULARY_TTL_MS = 60 * 60 * 1000

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
 * Speed: filters, sorts and facets read typed columns that PostgreSQL keeps from `indexed`
 * (typed-columns.ts), hits, count and facets run side by side, and all facets come from one
 * statement (facets.ts). `indexed` keeps only what those read (lean-index.ts). Queries the typed
 * path does not cover (vectors, distinct, per-field search) go through the base provider.
 */
export interface ChineseSearchOptions {
  /** Orders served from an index (see typed-columns.ts), e.g. the storefront's default listing. */
  sort_indexes?: SortIndex[]
  /** Key fields of the covering index that filters, counts and facets read (see typed-columns.ts). */
  covering_index?: string[]
}

export class ChinesePostgresSearchService extends PostgresSearchService {
  static override identifier = "search-postgres-zh"

  private readonly sortIndexes: SortIndex[]
  private readonly coveringKeys: string[]

  /** Per index: the vocabulary (`live` once read, so writes can add to it), when it was read, whether a read is under way. */
  private vocabularies = new Map<string, { words: Promise<Set<string>>; live?: Set<string>; at: number; refreshing: boolean }>()
  /** Tables whose layout (typed columns, lean `indexed`) this process has made sure of. */
  private layouts = new Map<string, Promise<void>>()
  private readCatalogs = new Map<string, { catalog: Promise<StoredCatalog>; at: number }>()
  private writesSinceVacuum = new Map<string, number>()
  private vacuumTimers = new Map<string, NodeJS.Timeout>()

  constructor(container: ConstructorParameters<typeof PostgresSearchService>[0], options: ConstructorParameters<typeof PostgresSearchService>[1] & ChineseSearchOptions = {}) {
    super(container, options)
    this.sortIndexes = options.sort_indexes ?? []
    this.coveringKeys = options.covering_index ?? []
  }

  override async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    const q = postgresQueryText(input.q)
    const options = input.search_options ?? {}
    // Read the vocabulary ahead, so a shopper's first misspelt query need not wait for it.
    if (options.typo_tolerance && !this.vocabularies.has(input.index.physical_name)) this.latinVocabulary(input.index.physical_name).catch(() => {})
    const run = (query: string | undefined) => this.keywordSearch({ ...input, q: query, search_options: { ...options, typo_tolerance: false } })
    const exact = await run(q)
    const found = exact.metadata.count ?? exact.hits.length
    if (found > 0 || !q || !options.typo_tolerance || hasChinese(q)) return exact
    const corrected = correctSpelling(q, await this.latinVocabulary(input.index.physical_name))
    if (!corrected) return exact
    const result = await run(corrected)
    return { ...result, metadata: { ...result.metadata, query: input.q } }
  }

  override async upsertDocuments(input: Parameters<PostgresSearchService["upsertDocuments"]>[0]): Promise<SearchTypes.SearchTask> {
    const catalog = await this.retrieve(input.index)
    await this.ensureLayout(catalog.table_name, catalog.plan)
    if (catalog.plan.vectors.length || this.isLakebase_ || !input.documents.length) return super.upsertDocuments(input)
    const rows = bulkRows(input.documents, catalog.plan)
    const sql = bulkUpsertSql(catalog.table_name, this.tsConfig_)
    await this.withTransaction(async (manager) => {
      let inserted = 0
      for (let i = 0; i < rows.length; i += BULK_CHUNK) {
        const result = await manager.execute(sql, [JSON.stringify(rows.slice(i, i + BULK_CHUNK))])
        inserted += result.reduce((sum: number, row: { inserted?: number }) => sum + Number(row.inserted ?? 0), 0)
      }
      await this.adjustDocumentCount(input.index, inserted, manager)
    })
    this.noteWrites(catalog.table_name, rows.length)
    this.addToVocabulary(input.index, rows.map((row) => row.parts.map((part) => part.t).join(" ")))
    return this.task(input.index)
  }

  /** Once enough documents were written, vacuums and refreshes statistics shortly after the last write of the burst. */
  private noteWrites(table: string, count: number): void {
    const written = (this.writesSinceVacuum.get(table) ?? 0) + count
    this.writesSinceVacuum.set(table, written)
    if (written < VACUUM_AFTER_WRITES) return
    clearTimeout(this.vacuumTimers.get(table))
    const timer = setTimeout(() => {
      this.writesSinceVacuum.set(table, 0)
      this.manager_.execute(`VACUUM (ANALYZE) "${table}"`).catch((error: unknown) => this.logger_?.warn(`search: VACUUM "${table}" failed: ${String(error)}`))
    }, VACUUM_DELAY_MS)
    timer.unref()
    this.vacuumTimers.set(table, timer)
  }

  /**
   * The table and plan behind a physical index, for reads. Both are fixed for a physical name (a
   * changed definition gets a new one), so reads need not ask the catalog table every time, as
   * the base provider does; writes still do, for the document count.
   */
  private readCatalog(index: string): Promise<StoredCatalog> {
    const cached = this.readCatalogs.get(index)
    if (cached && Date.now() - cached.at < CATALOG_TTL_MS) return cached.catalog
    const catalog = this.retrieve(index)
    catalog.catch(() => this.readCatalogs.delete(index))
    this.readCatalogs.set(index, { catalog, at: Date.now() })
    return catalog
  }

  private async keywordSearch(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    const catalog = await this.readCatalog(input.index.physical_name)
    await this.ensureLayout(catalog.table_name, catalog.plan)
    const fragments = this.keywordFragments({ query: input, catalog })
    return (await typedSearch(input, catalog, fragments, (sql, params) => this.manager_.execute(sql, params))) ?? super.search(input)
  }

  protected override async createDocumentTable(table: string, plan: IndexPlan, manager: DbManager): Promise<void> {
    const withoutTrigrams: DbManager = {
      ...manager,
      execute: (sql, params) => (sql.includes("gin_trgm_ops") ? Promise.resolve([]) : manager.execute(sql, params)),
    }
    await super.createDocumentTable(table, plan, withoutTrigrams)
    await this.applyLayout(table, plan, manager)
    this.layouts.set(table, Promise.resolve())
  }

  /**
   * The Search Module only calls upsertIndex when an index definition changes, so a table made
   * before this layout existed gets it on its first read or write in each process.
   */
  private ensureLayout(table: string, plan: IndexPlan): Promise<void> {
    let done = this.layouts.get(table)
    if (!done) {
      done = this.withTransaction((manager) => this.applyLayout(table, plan, manager))
      done.catch(() => this.layouts.delete(table))
      this.layouts.set(table, done)
    }
    return done
  }

  /** Idempotent; serialised between processes by an advisory lock. */
  private async applyLayout(table: string, plan: IndexPlan, manager: DbManager): Promise<void> {
    await manager.execute(`SELECT pg_advisory_xact_lock(hashtext(?))`, [table])
    await manager.execute(`DROP INDEX IF EXISTS "${table}_trgm_idx"`)
    await manager.execute(TSVECTOR_AGGREGATE_SQL)
    for (const sql of leanIndexedTriggerSql(table, matchOnlyFields(plan))) await manager.execute(sql)
    const layout = [...typedColumnsSql(table, plan), ...sortIndexSql(table, plan, this.sortIndexes), ...coveringIndexSql(table, plan, this.coveringKeys)]
    for (const sql of layout) await manager.execute(sql)
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
    const { sql, params } = combinedFacetQuery(input.table, requests, (request) => jsonbFacetColumn(input.plan, request), input.scopeWhere)
    return facetResults(requests, await this.manager_.execute(sql, params))
  }

  /**
   * Every Latin word (3+ letters) in the index's searchable text, lower-cased. Reading it scans
   * the whole index (seconds at 100,000 documents), so it is read once per process, refreshed in
   * the background when old, and words of documents this process writes are added as they come;
   * only the first misspelt query after a start waits for it. Words of removed documents stay
   * until the next refresh, which at worst corrects a query to a word that finds nothing.
   */
  private latinVocabulary(index: string): Promise<Set<string>> {
    const cached = this.vocabularies.get(index)
    if (!cached) return this.loadVocabulary(index)
    if (Date.now() - cached.at >= VOCABULARY_TTL_MS && !cached.refreshing) {
      cached.refreshing = true
      this.loadVocabulary(index).catch(() => (cached.refreshing = false))
    }
    return cached.words
  }

  /** Reads the vocabulary; the first read of a process stands in the cache while it runs. */
  private loadVocabulary(index: string): Promise<Set<string>> {
    const reading = this.readVocabulary(index).then((words) => {
      this.vocabularies.set(index, { words: Promise.resolve(words), live: words, at: Date.now(), refreshing: false })
      return words
    })
    if (!this.vocabularies.has(index)) {
      this.vocabularies.set(index, { words: reading, at: Date.now(), refreshing: true })
      reading.catch(() => this.vocabularies.delete(index))
    }
    return reading
  }

  private async readVocabulary(index: string): Promise<Set<string>> {
    const { table_name } = await this.retrieve(index)
    const rows = (await this.manager_.execute(
      `SELECT DISTINCT lower(match[1]) AS word FROM "${table_name}", regexp_matches("search_text", '(${LATIN_WORD_PATTERN})', 'g') AS match`
    )) as { word: string }[]
    return new Set(rows.map((r) => r.word))
  }

  /** Adds the Latin words of freshly written documents to a vocabulary already read. */
  private addToVocabulary(index: string, texts: string[]): void {
    const words = this.vocabularies.get(index)?.live
    if (!words) return
    for (const text of texts) for (const word of latinWords(text)) words.add(word)
  }
}
