import { defineSearchIndex, graphConsume, graphSeed } from "@medusajs/framework/utils"
import { PRODUCT_CLAIMS_CHANGED } from "../lib/events"
import { PRODUCT_SOURCE_FIELDS, type ProductRow } from "../lib/search/product-document"
import { productSearchFields } from "../lib/search/product-fields"
import { productIdsFor, toProductSearchDocuments } from "../lib/search/product-source"

const source = {
  fields: PRODUCT_SOURCE_FIELDS,
  transform: (rows: ProductRow[], { container }: { container: { query: Parameters<typeof toProductSearchDocuments>[1] } }) =>
    toProductSearchDocuments(rows, container.query),
}

/** Events about a product's surroundings, and how to find the products they touch. */
// Our modules' events carry the module's name first ("certification.certificate.updated").
const RELATED: Record<string, { entity: string; field: string }> = {
  "product-variant": { entity: "product_variant", field: "product" },
  "certification.certificate": { entity: "certificate", field: "product" },
  "enterprise.enterprise": { entity: "enterprise", field: "products" },
  "brand.brand": { entity: "brand", field: "products" },
}

const CHANGES = ["created", "updated", "deleted"]

/**
 * The storefront's product search: names in Chinese and English, analysed Chinese, pinyin and
 * synonyms for matching; brand tree, place, category, badge, selenium, price and stock for facets.
 */
export default defineSearchIndex({
  name: "product",
  entity: "product",
  fields: productSearchFields,
  settings: { typo_tolerance: { enabled: true, min_word_size_for_one_typo: 4, min_word_size_for_two_typos: 8 } },
  events: [
    ...CHANGES.map((c) => `product.${c}`),
    ...Object.keys(RELATED).flatMap((object) => ["created", "updated"].map((c) => `${object}.${c}`)),
    "product-variant.deleted",
    PRODUCT_CLAIMS_CHANGED,
  ],
  consume: graphConsume({
    ...source,
    resolve_ids: async (event, { container }) => {
      const object = event.name.slice(0, event.name.lastIndexOf("."))
      const related = RELATED[object]
      const id = (event.data as { id?: string | string[] }).id
      if (!related) return id
      if (!id) return undefined
      return productIdsFor(container.query, related.entity, id, related.field)
    },
    // Only the product's own deletion removes it; a deleted variant changes the product.
    is_delete: (event) => event.name === "product.deleted",
  }),
  seed: graphSeed(source),
})
