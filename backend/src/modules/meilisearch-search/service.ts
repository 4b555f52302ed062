import type { Logger, SearchTypes } from "@medusajs/framework/types"
import { AbstractSearchProviderService, MedusaError, extractPrimaryKeyFilter } from "@medusajs/framework/utils"
import { SEARCH_SYNONYMS } from "@seleno/domain"
import type {
  EnqueuedTask,
  EnqueuedTaskPromise,
  IndexObject,
  Meilisearch,
  SearchResponse,
  Task,
} from "meilisearch" with { "resolution-mode": "import" }
import { toMeilisearchDocument } from "./documents"
import { facetCountQueries, fromMeilisearchResult, toMeilisearchFilter, toMeilisearchSearchParams } from "./filters"
import { meilisearchSettings } from "./settings"

type InjectedDependencies = { logger: Logger }

export type MeilisearchSearchOptions = {
  /** The server's URL, such as http://127.0.0.1:7700. */
  host: string
  /** A key allowed to manage indexes, documents, settings and tasks. */
  api_key?: string
}

type Fields = Record<string, SearchTypes.SearchFieldDefinition>

/** What a delete needs to know about an index: its key, and field types to compile a filter with. */
type IndexSchema = Pick<SearchTypes.ResolvedSearchIndexDefinition, "primary_key" | "fields">

/** Index migrations are small, but settings changes reindex whatever the index already holds. */
const MIGRATION_TIMEOUT_MS = 120_000
const DEFAULT_WAIT_TIMEOUT_MS = 60_000
const INDEX_PAGE_SIZE = 100

function isIndexNotFound(error: unknown): boolean {
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause
  return cause?.code === "index_not_found"
}

function enqueued(task: EnqueuedTask, index: string): SearchTypes.SearchTask {
  return { id: String(task.taskUid), index, status: "enqueued" }
}

/**
 * Search provider for Meilisearch. Meilisearch applies writes asynchronously, so writes return
 * the engine's task id and `waitForTask` polls it. The translation of definitions, filters,
 * queries and results lives in pure functions next to this file; this class only calls the client.
 */
export class MeilisearchSearchService extends AbstractSearchProviderService {
  static override identifier = "search-meilisearch"

  protected readonly logger_: Logger
  protected readonly options_: MeilisearchSearchOptions
  private client_?: Promise<Meilisearch>
  /** Deletes receive only a physical index name; the definitions seen for it give its schema. */
  private readonly schemas_ = new Map<string, IndexSchema>()

  constructor({ logger }: InjectedDependencies, options: MeilisearchSearchOptions) {
    super()
    if (!options?.host) {
      throw new MedusaError(
        MedusaError.Types.INVALID_ARGUMENT,
        'The Meilisearch search provider needs a "host" option, such as "http://127.0.0.1:7700".'
      )
    }
    this.logger_ = logger
    this.options_ = options
  }

  /** The client ships as an ES module only, which a CommonJS build can reach through import() alone. */
  protected client(): Promise<Meilisearch> {
    this.client_ ??= import("meilisearch").then(
      ({ Meilisearch: Client }) => new Client({ host: this.options_.host, apiKey: this.options_.api_key })
    )
    return this.client_
  }

  private remember(index: string, schema: IndexSchema): void {
    this.schemas_.set(index, { primary_key: schema.primary_key, fields: schema.fields })
  }

  /** Migrations must fail at startup rather than leave an index the seed then writes into wrongly. */
  private async settle(pending: EnqueuedTaskPromise, index: string): Promise<Task> {
    const task = await pending.waitTask({ timeout: MIGRATION_TIMEOUT_MS })
    if (task.status !== "succeeded") {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `Meilisearch task ${task.uid} (${task.type}) on index "${index}" ended ${task.status}: ${task.error?.message ?? "no error given"}`
      )
    }
    return task
  }

  private async rawIndex(client: Meilisearch, uid: string): Promise<IndexObject | undefined> {
    try {
      return await client.getRawIndex(uid)
    } catch (error) {
      if (isIndexNotFound(error)) {
        return undefined
      }
      throw error
    }
  }

  /** Meilisearch cannot change the primary key of an index holding documents, so such an index is rebuilt. */
  private async ensureIndex(client: Meilisearch, uid: string, primaryKey: string): Promise<void> {
    const existing = await this.rawIndex(client, uid)
    if (existing?.primaryKey === primaryKey) {
      return
    }
    if (existing?.primaryKey) {
      this.logger_.warn(
        `[Meilisearch] Recreating index "${uid}": its primary key is "${existing.primaryKey}", the definition says "${primaryKey}".`
      )
      await this.settle(client.deleteIndex(uid), uid)
    }
    await this.settle(
      existing && !existing.primaryKey ? client.updateIndex(uid, { primaryKey }) : client.createIndex(uid, { primaryKey }),
      uid
    )
  }

  override async upsertIndex({ index }: { index: SearchTypes.ResolvedSearchIndexDefinition }): Promise<SearchTypes.SearchTask> {
    // Built first so an unsupported definition is refused before the engine is touched.
    const settings = meilisearchSettings(index, SEARCH_SYNONYMS)
    const client = await this.client()
    const uid = index.physical_name
    await this.ensureIndex(client, uid, index.primary_key)
    // Settings are patched, so a reset first drops whatever an earlier definition set and this one does not.
    await this.settle(client.index(uid).resetSettings(), uid)
    const task = await this.settle(client.index(uid).updateSettings(settings), uid)
    this.remember(uid, index)
    return { id: String(task.uid), index: uid, status: "succeeded" }
  }

  override async deleteIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    const client = await this.client()
    this.schemas_.delete(index)
    return enqueued(await client.deleteIndex(index), index)
  }

  override async listIndexes(): Promise<SearchTypes.SearchIndexInfo[]> {
    const client = await this.client()
    const [indexes, stats] = await Promise.all([this.allIndexes(client), client.getStats()])
    return indexes.map((index) => ({
      name: index.uid,
      provider: MeilisearchSearchService.identifier,
      document_count: stats.indexes[index.uid]?.numberOfDocuments ?? 0,
      created_at: new Date(index.createdAt),
      updated_at: new Date(index.updatedAt),
    }))
  }

  private async allIndexes(client: Meilisearch): Promise<IndexObject[]> {
    const indexes: IndexObject[] = []
    for (let offset = 0; ; offset += INDEX_PAGE_SIZE) {
      const page = await client.getRawIndexes({ offset, limit: INDEX_PAGE_SIZE })
      indexes.push(...page.results)
      if (page.results.length < INDEX_PAGE_SIZE || indexes.length >= page.total) {
        return indexes
      }
    }
  }

  override async upsertDocuments({
    index,
    definition,
    documents,
  }: {
    index: string
    definition: SearchTypes.ResolvedSearchIndexDefinition
    documents: SearchTypes.SearchDocument[]
  }): Promise<SearchTypes.SearchTask> {
    this.remember(index, definition)
    if (!documents.length) {
      return { index, status: "succeeded" }
    }
    const payload = documents.map((document) => toMeilisearchDocument(document, definition))
    const client = await this.client()
    const task = await client.index(index).addDocuments(payload, { primaryKey: definition.primary_key })
    return enqueued(task, index)
  }

  override async deleteDocuments({ index, filters }: SearchTypes.SearchDeleteDocumentsInput): Promise<SearchTypes.SearchTask> {
    const client = await this.client()
    const schema = this.schemas_.get(index) ?? (await this.schemaFromEngine(client, index))
    const ids = extractPrimaryKeyFilter(filters, schema)
    if (ids) {
      return ids.length ? enqueued(await client.index(index).deleteDocuments(ids), index) : { index, status: "succeeded" }
    }
    const filter = toMeilisearchFilter(filters, schema.fields)
    if (!filter) {
      // An empty filter selects nothing to delete; it must not be read as "delete everything".
      return { index, status: "succeeded" }
    }
    return enqueued(await client.index(index).deleteDocuments({ filter }), index)
  }

  /**
   * For a delete arriving before this process saw the index's definition. The engine keeps no
   * field types, so filterable attributes are read as keywords: equality and membership filters
   * work, numeric comparisons are refused with a message naming the field.
   */
  private async schemaFromEngine(client: Meilisearch, index: string): Promise<IndexSchema> {
    const target = client.index(index)
    const [primaryKey, filterable] = await Promise.all([target.fetchPrimaryKey(), target.getFilterableAttributes()])
    const fields: Fields = {}
    for (const entry of filterable ?? []) {
      for (const path of typeof entry === "string" ? [entry] : entry.attributePatterns) {
        fields[path] = { type: "keyword", filterable: true }
      }
    }
    return { primary_key: primaryKey ?? "id", fields }
  }

  override async clearIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    const client = await this.client()
    return enqueued(await client.index(index).deleteAllDocuments(), index)
  }

  override async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    const [result] = await this.searchMany([input])
    return result as SearchTypes.SearchResult
  }

  /** Every query, with the extra count queries its range and stats facets need, goes in one multi-search. */
  override async searchMany(inputs: SearchTypes.ProviderSearchQuery[]): Promise<SearchTypes.SearchResult[]> {
    const plans = inputs.map((input) => ({
      input,
      main: toMeilisearchSearchParams(input),
      counts: facetCountQueries(input),
    }))
    if (!plans.length) {
      return []
    }
    for (const { input } of plans) {
      this.remember(input.index.physical_name, input.index)
    }
    const client = await this.client()
    const queries = plans.flatMap((plan) => [plan.main, ...plan.counts.map((count) => count.query)])
    const { results } = await client.multiSearch({ queries })
    let next = 0
    return plans.map((plan) => {
      const main = results[next]
      const counts: SearchResponse[] = results.slice(next + 1, next + 1 + plan.counts.length)
      next += 1 + plan.counts.length
      if (!main) {
        throw new MedusaError(
          MedusaError.Types.UNEXPECTED_STATE,
          `Meilisearch answered ${results.length} of the ${queries.length} queries sent in one multi-search.`
        )
      }
      return fromMeilisearchResult(main, plan.input, counts)
    })
  }

  async waitForTask(task: SearchTypes.SearchTask, options?: { timeout_ms?: number }): Promise<SearchTypes.SearchTask> {
    if (!task.id) {
      return task
    }
    const client = await this.client()
    const done = await client.tasks.waitForTask(Number(task.id), {
      timeout: options?.timeout_ms ?? DEFAULT_WAIT_TIMEOUT_MS,
    })
    // Deleting an index that is already gone leaves the state the caller asked for.
    const alreadyGone = done.type === "indexDeletion" && done.error?.code === "index_not_found"
    if (done.status === "succeeded" || alreadyGone) {
      return { ...task, status: "succeeded" }
    }
    return {
      ...task,
      status: "failed",
      error: { message: done.error?.message ?? `Meilisearch task ${done.uid} ended ${done.status}`, code: done.error?.code },
    }
  }
}

export default MeilisearchSearchService
