import type { CertificateCategory } from "./vocabulary"

/**
 * The certification API's response shapes (standards, issuers and what the store shows of a
 * certificate), read by the backend routes, the admin extension and the storefront. Types only.
 */

/** One category's figures in a standard, mg/kg. */
export interface StandardRangeView {
  id: string
  category: CertificateCategory
  min_mg_per_kg: number
  /** Null: the standard sets no upper limit. */
  max_mg_per_kg: number | null
  /** The 含硒 tier, where the standard has one. */
  containing_min_mg_per_kg: number | null
  containing_max_mg_per_kg: number | null
}

/** GET /admin/standards, GET /enterprise/standards. */
export interface StandardView {
  id: string
  code: string
  /** The edition's year, e.g. "2002". */
  edition: string
  name_zh: string
  name_en: string
  /** Where the figures come from (the published text they were entered from). */
  source: string
  note: string | null
  ranges: StandardRangeView[]
}

/** GET /admin/issuers, GET /enterprise/issuers: a body in the register of accredited issuers. */
export interface IssuerView {
  id: string
  name: string
  /** China Inspection Body and Laboratory Mandatory Approval (CMA) number. */
  cma_number: string | null
  /** China National Accreditation Service (CNAS) number. */
  cnas_number: string | null
  scope_categories: CertificateCategory[]
  /** Empty: any standard in the register. */
  scope_standard_codes: string[]
  active: boolean
}

/** What a shopper sees of who issued a certificate, so the accreditation can be checked. */
export interface IssuerAccreditationView {
  name: string
  cma_number: string | null
  cnas_number: string | null
}

/** What a shopper sees of the standard a certificate cites, with its range for the certificate's category. */
export interface CertificateStandardView {
  code: string
  edition: string
  name: { zh: string; en: string }
  range: { min_mg_per_kg: number; max_mg_per_kg: number | null } | null
}
