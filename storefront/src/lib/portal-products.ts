import { parseClaimRefusal, type ClaimProblemCode } from "@seleno/domain"
import { format } from "@/i18n/format"

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

/** The words the portal uses for a claim-rule refusal (messages.portal.products). */
export interface ClaimRefusalWords {
  claimRefused: string
  claimProblems: Record<ClaimProblemCode, string>
  claimReasons: Record<string, string>
}

/**
 * A backend refusal by the selenium claim rule, in the portal's language (the message carries the
 * codes, see @seleno/domain claimRefusalMessage); undefined for any other message.
 */
export function claimRefusalText(message: string, t: ClaimRefusalWords): string | undefined {
  const refusal = parseClaimRefusal(message)
  if (!refusal) return undefined
  const claims = refusal.problems.map((p) => t.claimProblems[p]).join(", ")
  return format(t.claimRefused, { claims, reason: t.claimReasons[refusal.reason] ?? refusal.reason })
}
