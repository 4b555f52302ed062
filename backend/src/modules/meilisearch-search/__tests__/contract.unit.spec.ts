import type { Logger, SearchTypes } from "@medusajs/framework/types"
import { MeilisearchSearchService } from "../service"
import { indexDefinition } from "../../../lib/search/__tests__/index-definition"

/**
 * Runs the provider against a real Meilisearch server (the client is an ES module; jest.config.js
 * has it transformed):
 *
 *   MEILISEARCH_HOST=http://127.0.0.1:7700 MEILISEARCH_API_KEY=… npx jest -c jest.config.js \
 *     src/modules/meilisearch-search/__tests__/contract
 */
const host = process.env.MEILISEARCH_HOST

if (!host) {
  // Written straight to stdout: Jest drops console output of a suite whose tests are all skipped.
  process.stdout.write("SKIPPED: MEILISEARCH_HOST unset\n")
  describe("Meilisearch provider against a real server", () => {
    it.skip("needs MEILISEARCH_HOST", () => undefined)
  })
} else {
  describe("Meilisearch provider against a real server", () => {
    const physicalName = `contract_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`
    const logger = { info: () => undefined, warn: () => undefined, error: () => undefined } as unknown as Logger
    const index = indexDefinition(
      {
        id: { type: "keyword", filterable: true },
        title: { type: "text", searchable: { weight: 3 } },
        brand: { type: "keyword", facetable: true },
        price: { type: "integer", filterable: true, sortable: true, facetable: { types: ["range", "stats"] } },
        released_at: { type: "date", filterable: true, sortable: true },
      },
      { name: "contract", physical_name: physicalName, settings: { typo_tolerance: { enabled: true } } }
    )
    let service: MeilisearchSearchService

    const settle = async (task: SearchTypes.SearchTask) => {
      const done = await service.waitForTask(task, { timeout_ms: 30_000 })
      expect(done.status).toBe("succeeded")
    }

    beforeAll(async () => {
      service = new MeilisearchSearchService({ logger }, { host, api_key: process.env.MEILISEARCH_API_KEY })
      await service.upsertIndex({ index })
      await settle(
        await service.upsertDocuments({
          index: physicalName,
          definition: index,
          documents: [
            { id: "p1", title: "Ziyang selenium tea", brand: "ziyang", price: 30, released_at: "2024-01-01T00:00:00Z" },
            { id: "p2", title: "Ziyang green tea", brand: "ziyang", price: 12, released_at: "2024-06-01T00:00:00Z" },
            { id: "p3", title: "Langao konjac tea", brand: "langao", price: 55, released_at: "2023-05-01T00:00:00Z" },
            { id: "p4", title: "Hanyin rice", brand: "hanyin", price: 8, released_at: "2022-01-01T00:00:00Z" },
          ],
        })
      )
    }, 60_000)

    afterAll(async () => {
      if (service) {
        await service.waitForTask(await service.deleteIndex({ index: physicalName }), { timeout_ms: 30_000 })
      }
    }, 60_000)

    it("searches with a filter, facets and a sort", async () => {
      const result = await service.search({
        index,
        q: "tea",
        filters: { price: { $gte: 10 } },
        attributes_to_retrieve: ["title", "price", "released_at"],
        pagination: { order: { price: "DESC" } },
        search_options: {
          facets: ["brand", { field: "price", type: "range", ranges: [{ key: "low", to: 20 }, { key: "high", from: 20 }] }],
        },
      })

      expect(result.hits.map((hit) => hit.id)).toEqual(["p3", "p1", "p2"])
      expect(result.hits[1]?.document).toEqual({ title: "Ziyang selenium tea", price: 30, released_at: "2024-01-01T00:00:00.000Z" })
      expect(result.metadata.count).toBe(3)
      expect(result.facets?.brand).toEqual({
        type: "value",
        values: [
          { value: "ziyang", count: 2 },
          { value: "langao", count: 1 },
        ],
      })
      expect(result.facets?.price).toEqual({
        type: "range",
        ranges: [
          { key: "low", to: 20, count: 1 },
          { key: "high", from: 20, count: 2 },
        ],
      })
    })

    it("deletes by id and by filter, and lists the index with its document count", async () => {
      await settle(await service.deleteDocuments({ index: physicalName, filters: { id: ["p4"] } }))
      await settle(await service.deleteDocuments({ index: physicalName, filters: { price: { $lt: 20 } } }))

      const listed = (await service.listIndexes()).find((entry) => entry.name === physicalName)
      expect(listed?.document_count).toBe(2)
    })
  })
}
