import { seleniumFacts, type SeleniumFacts } from "@seleno/domain"

/**
 * The claim rule on the storefront's side: selenium facts (the panel, mg/kg, µg per serving, intake
 * share, JSON-LD) are shown only for a product certified right now. The backend already leaves them
 * out of an uncertified product's answer; this keeps a page from showing them if one slipped through.
 */
export function shownSeleniumFacts(metadata: Record<string, unknown> | null | undefined, certified: boolean): SeleniumFacts | null {
  return certified ? seleniumFacts(metadata) : null
}

/** The selenium content a product tile may show, or null. */
export function shownSeleniumContent(mgPerKg: number | null | undefined, certified: boolean): number | null {
  return certified && typeof mgPerKg === "number" && Number.isFinite(mgPerKg) ? mgPerKg : null
}
