/** Form field names of the product forms, most specific first, as the backend names them in 400 messages. */
const FIELDS: [RegExp, string][] = [
  [/\bvariants\.title\b/, "variant_title"],
  [/\btitle_en\b/, "title_en"],
  [/\bdescription_en\b/, "description_en"],
  [/\bbrand_id\b/, "brand_id"],
  [/\bcategories\b/, "categories"],
  [/\bimages\b/, "images"],
  [/\bselenium_mg_per_kg\b/, "selenium_mg_per_kg"],
  [/\bserving_g\b/, "serving_g"],
  [/\bsku\b/, "sku"],
  [/\bgtin\b/, "gtin"],
  [/\bprice\b/, "price"],
  [/\bstock\b/, "stock"],
  [/\btitle\b/, "title"],
  [/\bdescription\b/, "description"],
]

/** Which product form field a backend 400 message is about, or undefined. */
export function fieldOfProductMessage(message: string): string | undefined {
  return FIELDS.find(([pattern]) => pattern.test(message))?.[1]
}
