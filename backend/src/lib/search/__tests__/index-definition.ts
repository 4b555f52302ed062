import type { SearchTypes } from "@medusajs/framework/types"

/** A resolved index definition as the Search Module hands it to providers, for provider tests. */
export function indexDefinition(
  fields: Record<string, SearchTypes.SearchFieldDefinition>,
  overrides: Partial<SearchTypes.ResolvedSearchIndexDefinition> = {}
): SearchTypes.ResolvedSearchIndexDefinition {
  return {
    name: "product",
    entity: "product",
    physical_name: "product_v1",
    primary_key: "id",
    provider: "search-meilisearch",
    settings: {},
    definition_hash: "x",
    fields,
    seed: async function* () {},
    ...overrides,
  }
}
