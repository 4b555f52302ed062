import { PRODUCT_FACT_KEYS } from "../product-facts"

/**
 * The claim rule (issue 16): a listing may say anything about selenium — words in its title,
 * subtitle or description, the selenium panel, mg/kg, µg per serving, intake share, 富硒 marks,
 * search facets — only while a certificate in force covers it (the backend's certification
 * predicate: in force, inside its standard, enterprise in good standing). Pure: the backend reads
 * texts, facts and certification, this decides.
 */

/**
 * Words that make a text a selenium claim: any 硒 in Chinese (富硒, 含硒, 硒含量, 补硒, 有机硒 …) and
 * "selenium" in English, any case. The optional parts only make the reported word readable.
 */
const CLAIM_WORDS = /(?:有机|富|含|补|高)?硒(?:含量)?|selenium(?:[- ]rich|[- ]bearing)?/giu

/** The claim words found in a text, each once, in order of appearance (English lower-cased). */
export function claimWordsIn(text: string | null | undefined): string[] {
  if (!text) return []
  const found = [...text.matchAll(CLAIM_WORDS)].map((m) => (/[a-z]/i.test(m[0]) ? m[0].toLowerCase() : m[0]))
  return [...new Set(found)]
}

export function hasClaimWords(text: string | null | undefined): boolean {
  return claimWordsIn(text).length > 0
}

/** Metadata keys that hold selenium facts; serving grams only serve the µg-per-serving figure. */
export const SELENIUM_FACT_KEYS = [PRODUCT_FACT_KEYS.seleniumMgPerKg, PRODUCT_FACT_KEYS.servingGrams] as const

/** True when the listing states a selenium content (whether or not it parses). */
export function hasSeleniumFacts(metadata: Record<string, unknown> | null | undefined): boolean {
  const value = metadata?.[PRODUCT_FACT_KEYS.seleniumMgPerKg]
  return value !== undefined && value !== null && value !== ""
}

/** A copy of the metadata without selenium facts, for an uncertified product's public answer. */
export function withoutSeleniumFacts<T extends Record<string, unknown>>(metadata: T): T {
  const copy: Record<string, unknown> = { ...metadata }
  for (const key of SELENIUM_FACT_KEYS) delete copy[key]
  return copy as T
}

/** The kinds of claim a listing makes: words in its texts, or selenium facts (panel, figures, marks, facets). */
export const CLAIM_KINDS = ["words", "facts"] as const
export type ClaimKind = (typeof CLAIM_KINDS)[number]

/** Why a listing may not make a claim: one code per kind of claim it makes without certification. */
export const CLAIM_PROBLEM_CODES = ["claim_words_uncertified", "selenium_facts_uncertified"] as const
export type ClaimProblemCode = (typeof CLAIM_PROBLEM_CODES)[number]

const PROBLEM_OF: Record<ClaimKind, ClaimProblemCode> = {
  words: "claim_words_uncertified",
  facts: "selenium_facts_uncertified",
}

/** Certification as the backend's predicate answers it; absent means nothing certifies the product. */
export interface ClaimCertification {
  certified: boolean
  /** "certified", "no_certificate", "certificate_expired", "certificate_revoked", "outside_standard", … */
  reason: string
}

export interface ListingClaimInput {
  /** Texts by field name (title, subtitle, description, and their translations such as title_en). */
  texts: Record<string, string | null | undefined>
  metadata: Record<string, unknown> | null | undefined
  certification: ClaimCertification | null | undefined
}

export interface ClaimFinding {
  field: string
  words: string[]
}

export interface ClaimVerdict {
  certified: boolean
  /** The certification's reason; "no_certificate" when there is no certification at all. */
  reason: string
  /** Claim words per text field that has any. */
  words: ClaimFinding[]
  has_facts: boolean
  /** The listing makes some selenium claim. */
  claims: boolean
  /** Whether each kind of claim may be shown now. */
  may_show: Record<ClaimKind, boolean>
  /** One code per kind of claim the listing makes but may not; empty when it may be published as it is. */
  problems: ClaimProblemCode[]
}

export function claimVerdict(input: ListingClaimInput): ClaimVerdict {
  const certified = input.certification?.certified === true
  const reason = input.certification?.reason ?? "no_certificate"
  const words = Object.entries(input.texts)
    .map(([field, text]) => ({ field, words: claimWordsIn(text) }))
    .filter((f) => f.words.length > 0)
  const made: Record<ClaimKind, boolean> = { words: words.length > 0, facts: hasSeleniumFacts(input.metadata) }
  const problems = CLAIM_KINDS.filter((kind) => made[kind] && !certified).map((kind) => PROBLEM_OF[kind])
  return {
    certified,
    reason,
    words,
    has_facts: made.facts,
    claims: made.words || made.facts,
    may_show: { words: certified, facts: certified },
    problems,
  }
}

/** Where a refusal's machine-readable part starts in a 400 message; the portal reads it back. */
const REFUSAL_TAG = "selenium_claim"

/**
 * The 400 message for a listing refused by the claim rule: the codes and the certification reason
 * in brackets (the portal translates them), then a sentence a person can act on.
 */
export function claimRefusalMessage(title: string, verdict: ClaimVerdict): string {
  const found = verdict.words.map((f) => `${f.words.join(", ")} in ${f.field}`)
  if (verdict.has_facts) found.push("a selenium content (selenium_mg_per_kg)")
  return (
    `${REFUSAL_TAG} [${[...verdict.problems, verdict.reason].join(" ")}]: "${title}" makes a selenium claim (${found.join("; ")}) ` +
    `but no certificate in force covers it (${verdict.reason}); remove the claim words and the selenium content, or attach a valid certificate`
  )
}

export interface ClaimRefusal {
  problems: ClaimProblemCode[]
  reason: string
}

/** The codes of a claim-rule refusal message, or null when the message is about something else. */
export function parseClaimRefusal(message: string): ClaimRefusal | null {
  const match = new RegExp(`${REFUSAL_TAG} \\[([a-z_ ]+)\\]`).exec(message)
  if (!match) return null
  const codes = match[1]!.split(" ").filter(Boolean)
  const problems = codes.filter((c): c is ClaimProblemCode => (CLAIM_PROBLEM_CODES as readonly string[]).includes(c))
  const reason = codes.find((c) => !(CLAIM_PROBLEM_CODES as readonly string[]).includes(c)) ?? "no_certificate"
  return { problems, reason }
}
