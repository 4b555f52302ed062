import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import type { Settings, Synonyms, TypoTolerance } from "meilisearch" with { "resolution-mode": "import" }
import { type FieldLeaf, fieldLeaves, isNumericField } from "./documents"

type IndexDefinition = SearchTypes.ResolvedSearchIndexDefinition
type FacetKind = SearchTypes.SearchFacetKind

function invalid(message: string): never {
  throw new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

/** The facet types a field supports, with the defaults the Search Module documents. */
export function facetKinds(field: SearchTypes.SearchFieldDefinition): FacetKind[] {
  if (!field.facetable) {
    return []
  }
  if (typeof field.facetable === "object" && field.facetable.types) {
    return field.facetable.types
  }
  return isNumericField(field) ? ["range"] : ["value"]
}

export function isFilterable(field: SearchTypes.SearchFieldDefinition): boolean {
  return !!field.filterable || facetKinds(field).length > 0
}

export function searchWeight(field: SearchTypes.SearchFieldDefinition): number | undefined {
  if (!field.searchable) {
    return undefined
  }
  return typeof field.searchable === "object" ? (field.searchable.weight ?? 1) : 1
}

/**
 * Meilisearch has no per-field weight: its `attribute` ranking rule favours matches in attributes
 * listed earlier, so the order of the list is the weight.
 */
export function searchableAttributes(leaves: FieldLeaf[]): string[] {
  return leaves
    .map((leaf) => ({ path: leaf.path, weight: searchWeight(leaf.field) }))
    .filter((entry): entry is { path: string; weight: number } => entry.weight !== undefined)
    .sort((a, b) => b.weight - a.weight)
    .map((entry) => entry.path)
}

/**
 * Meilisearch synonyms are one-way, so a group becomes one entry per member listing the others.
 * Members are lower-cased because Meilisearch lower-cases the query before looking synonyms up.
 */
export function meilisearchSynonyms(groups: readonly (readonly string[])[]): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {}
  for (const group of groups) {
    const members = [...new Set(group.map((member) => member.trim().toLowerCase()).filter(Boolean))]
    for (const member of members) {
      const others = members.filter((other) => other !== member)
      synonyms[member] = [...new Set([...(synonyms[member] ?? []), ...others])]
    }
  }
  return Object.fromEntries(Object.entries(synonyms).filter(([, others]) => others.length > 0))
}

function assertDeclared(leaves: FieldLeaf[], path: string, setting: string): void {
  if (!leaves.some((leaf) => leaf.path === path)) {
    invalid(`${setting} names "${path}", which is not a field of the index. Declare it in the index fields first.`)
  }
}

function typoTolerance(index: IndexDefinition, leaves: FieldLeaf[]): TypoTolerance | undefined {
  const typo = index.settings.typo_tolerance
  if (!typo) {
    return undefined
  }
  const one = typo.min_word_size_for_one_typo
  const two = typo.min_word_size_for_two_typos
  if (one !== undefined && two !== undefined && two < one) {
    invalid(
      `Index "${index.name}": min_word_size_for_two_typos (${two}) is below min_word_size_for_one_typo (${one}); ` +
        `a word long enough for two typos must also allow one.`
    )
  }
  for (const path of typo.disabled_on_attributes ?? []) {
    assertDeclared(leaves, path, `Index "${index.name}" typo_tolerance.disabled_on_attributes`)
  }
  const minWordSizeForTypos =
    one === undefined && two === undefined ? undefined : { oneTypo: one, twoTypos: two }
  return withoutUndefined({
    enabled: typo.enabled,
    minWordSizeForTypos: minWordSizeForTypos && withoutUndefined(minWordSizeForTypos),
    disableOnAttributes: typo.disabled_on_attributes,
  })
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T
}

/**
 * Vectors need an embedder configured on the engine and geo points a field named `_geo`; neither
 * maps from a plain field declaration, so they are refused at migration rather than silently unindexed.
 */
function assertSupported(index: IndexDefinition, leaves: FieldLeaf[]): void {
  for (const leaf of leaves) {
    if (leaf.field.type === "vector" || leaf.field.type === "geo") {
      invalid(
        `Index "${index.name}" field "${leaf.path}" is of type "${leaf.field.type}", which the Meilisearch provider ` +
          `does not support. Remove the field or bind the index to another provider.`
      )
    }
    const numericOnly = facetKinds(leaf.field).filter((kind) => kind !== "value")
    if (numericOnly.length && !isNumericField(leaf.field)) {
      invalid(
        `Index "${index.name}" field "${leaf.path}" asks for ${numericOnly.join(" and ")} facets, which need a ` +
          `numeric or date field, but it is "${leaf.field.type}".`
      )
    }
  }
}

/** Translates an index definition into the Meilisearch settings that make its declarations hold. */
export function meilisearchSettings(
  index: IndexDefinition,
  synonyms: readonly (readonly string[])[]
): Settings {
  const leaves = fieldLeaves(index.fields)
  assertSupported(index, leaves)
  if (index.settings.distinct_attribute) {
    assertDeclared(leaves, index.settings.distinct_attribute, `Index "${index.name}" distinct_attribute`)
  }
  const meilisearchSynonymMap: Synonyms = meilisearchSynonyms(synonyms)
  const settings: Settings = {
    searchableAttributes: searchableAttributes(leaves),
    filterableAttributes: leaves.filter((leaf) => isFilterable(leaf.field)).map((leaf) => leaf.path),
    sortableAttributes: leaves.filter((leaf) => leaf.field.sortable).map((leaf) => leaf.path),
    // Hits are keyed by the primary key, so it is displayed even when no field declares it.
    displayedAttributes: [
      ...new Set([index.primary_key, ...leaves.filter((leaf) => leaf.retrievable).map((leaf) => leaf.path)]),
    ],
    synonyms: meilisearchSynonymMap,
    typoTolerance: typoTolerance(index, leaves),
    distinctAttribute: index.settings.distinct_attribute,
    // The default keeps the first 100 facet values alphabetically; value facets want the most frequent.
    faceting: { sortFacetValuesBy: { "*": "count" } },
  }
  return { ...withoutUndefined(settings), ...index.settings.provider_options?.meilisearch }
}
