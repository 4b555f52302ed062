import { search } from "@medusajs/framework/utils"

/**
 * The fields of the product search index, shared by every engine: the PostgreSQL provider reads
 * them directly, and the Meilisearch settings (searchable order, filters, sorts) are generated
 * from them. Weights: 3 = the product's own name, 2 = brand, enterprise and place, 1 = the rest.
 */
export const productSearchFields = search.define({
  id: search.keyword().filterable(),
  handle: search.keyword().filterable(),
  status: search.keyword().filterable(),
  sales_channel_ids: search.keyword().array().filterable(),
  thumbnail: search.keyword(),

  title: search.text().searchable({ weight: 3 }),
  title_en: search.text().searchable({ weight: 3 }),
  /** Chinese title as characters and bigrams (see analysis.ts); for matching only. */
  title_grams: search.text().searchable({ weight: 3 }).retrievable(false),
  description: search.text().searchable(),
  description_en: search.text().searchable(),

  brand: search.keyword().filterable().facetable(),
  brand_name: search.text().searchable({ weight: 2 }),
  brand_name_en: search.text().searchable({ weight: 2 }),
  /** Handles from the regional brand down to the product's own brand, for the brand tree facet. */
  brand_path: search.keyword().array().filterable().facetable(),
  enterprise: search.keyword().filterable(),
  enterprise_name: search.text().searchable({ weight: 2 }),
  region: search.keyword().filterable().facetable(),
  county: search.keyword().filterable().facetable(),
  place_names: search.text().searchable({ weight: 2 }),
  /** Brand, enterprise and place names in Chinese as characters and bigrams; for matching only. */
  names_grams: search.text().searchable({ weight: 2 }).retrievable(false),
  pinyin: search.text().searchable({ weight: 2 }).retrievable(false),
  categories: search.keyword().array().filterable().facetable(),
  category_names: search.text().searchable({ weight: 2 }),
  synonyms: search.text().searchable().retrievable(false),

  /** Until when the 富硒认证 badge holds, or absent; "certified" means this lies in the future. */
  certified_until: search.date().filterable().sortable().facetable(),
  selenium_mg_per_kg: search.float().filterable().sortable().facetable(),
  price_min: search.integer().filterable().sortable().facetable(),
  price_max: search.integer().filterable().sortable(),
  in_stock: search.boolean().filterable().facetable(),
  created_at: search.date().filterable().sortable(),
})
