import { CERTIFICATE_CATEGORY_NAMES, isCertificateCategory, type IntakeProblemCode } from "./vocabulary"

/**
 * The selenium range a standard sets for one product category, in mg/kg. The 富硒 (selenium-rich)
 * range is what a certificate must meet; some editions set no upper limit (max null). Some also set
 * a lower 含硒 (selenium-containing) tier, which is not 富硒.
 */
export interface SeleniumRange {
  min_mg_per_kg: number
  max_mg_per_kg: number | null
  containing_min_mg_per_kg?: number | null
  containing_max_mg_per_kg?: number | null
}

export interface CategoryRange extends SeleniumRange {
  category: string
}

/** A standard as the rules need it: its code and the ranges staff entered. */
export interface StandardRanges {
  code: string
  ranges: CategoryRange[]
}

/** A refusal with a code and params the portal translates, and an English message for the API. */
export interface IntakeProblem {
  code: IntakeProblemCode
  params: Record<string, string | number>
  message: string
}

/** The range for a category, if staff entered one; a missing row means "no thresholds known". */
export function rangeFor(standard: StandardRanges | undefined, category: string): CategoryRange | undefined {
  return standard?.ranges.find((r) => r.category === category)
}

/** Inside the 富硒 range: at or above its minimum and, where there is one, at or below its maximum. */
export function isWithinRange(range: SeleniumRange, mgPerKg: number): boolean {
  if (!Number.isFinite(mgPerKg)) return false
  return mgPerKg >= range.min_mg_per_kg && (range.max_mg_per_kg === null || mgPerKg <= range.max_mg_per_kg)
}

/** In the 含硒 tier of a standard that has one (and so below 富硒). */
export function isInContainingTier(range: SeleniumRange, mgPerKg: number): boolean {
  const min = range.containing_min_mg_per_kg
  if (min === null || min === undefined || !Number.isFinite(mgPerKg)) return false
  const max = range.containing_max_mg_per_kg
  return mgPerKg >= min && (max === null || max === undefined || mgPerKg <= max)
}

/** A figure as standards print it: at least two decimals (4.00, 0.30), more when it has them (0.075). */
export function formatFigure(value: number): string {
  const decimals = (String(value).split(".")[1] ?? "").length
  return value.toFixed(Math.max(2, Math.min(decimals, 4)))
}

/** `0.25–4.00`, or `≥ 0.15` for a standard without an upper limit (unit not included). */
export function formatRange(min: number, max: number | null | undefined): string {
  return max === null || max === undefined ? `≥ ${formatFigure(min)}` : `${formatFigure(min)}–${formatFigure(max)}`
}

const categoryName = (category: string) => (isCertificateCategory(category) ? CERTIFICATE_CATEGORY_NAMES[category].en : category)

const problem = (code: IntakeProblemCode, params: IntakeProblem["params"], message: string): IntakeProblem => ({ code, params, message })

/**
 * Whether a certificate's measured selenium may be accepted under its standard and category: the
 * standard must be known, a range must have been entered for the category (no range is ever
 * assumed), and the value must lie inside the 富硒 range. The one rule for create, submit, approve
 * and the read-time badge.
 */
export function measuredProblem(
  standard: StandardRanges | undefined,
  certificate: { standard_code: string; category: string; measured_mg_per_kg: number | null | undefined }
): IntakeProblem | null {
  const { standard_code, category } = certificate
  if (!standard) {
    return problem("unknown_standard", { standard: standard_code }, `standard_code "${standard_code}" is not a selenium standard in the register`)
  }
  const range = rangeFor(standard, category)
  if (!range) {
    const covered = standard.ranges.map((r) => r.category).join(", ") || "no category yet"
    return problem(
      "category_without_range",
      { standard: standard.code, category },
      `category "${category}" has no thresholds entered for ${standard.code} (it covers ${covered}); a certificate needs the standard's range for its category`
    )
  }
  const measured = certificate.measured_mg_per_kg
  if (measured === null || measured === undefined || !Number.isFinite(Number(measured))) {
    return problem("measured_missing", { standard: standard.code, category }, "measured_mg_per_kg: the test report's measured selenium is required")
  }
  const value = Number(measured)
  if (isWithinRange(range, value)) return null
  const rangeText = formatRange(range.min_mg_per_kg, range.max_mg_per_kg)
  const tier = isInContainingTier(range, value) ? "containing" : ""
  const tierText = tier ? `; that is the 含硒 (selenium-containing) tier, not 富硒` : ""
  return problem(
    "measured_outside_range",
    { measured: value, standard: standard.code, category, range: rangeText, tier },
    `${value} mg/kg is outside ${standard.code}'s range for ${categoryName(category)} (${rangeText} mg/kg)${tierText}`
  )
}

/** The read-time check: the same rule, answered yes or no. */
export function meetsStandard(
  standard: StandardRanges | undefined,
  certificate: { standard_code: string; category: string; measured_mg_per_kg: number | null | undefined }
): boolean {
  return measuredProblem(standard, certificate) === null
}

/** An accredited body as the intake rule needs it. */
export interface IssuerScope {
  id: string
  name: string
  active: boolean
  /** Categories it is accredited to test. */
  scope_categories: string[]
  /** Standards it may certify against; empty means any standard in the register. */
  scope_standard_codes: string[]
}

/** The issuer must be in the register, active, and accredited for the category and standard. */
export function issuerProblem(
  issuer: IssuerScope | undefined,
  certificate: { issuer_id: string; standard_code: string; category: string }
): IntakeProblem | null {
  if (!issuer) {
    return problem("unknown_issuer", { issuer: certificate.issuer_id }, `issuer_id "${certificate.issuer_id}" is not in the register of accredited issuers`)
  }
  if (!issuer.active) return problem("issuer_inactive", { issuer: issuer.name }, `issuer_id: ${issuer.name} is no longer active in the register of accredited issuers`)
  const categoryOk = issuer.scope_categories.includes(certificate.category)
  const standardOk = issuer.scope_standard_codes.length === 0 || issuer.scope_standard_codes.includes(certificate.standard_code)
  if (categoryOk && standardOk) return null
  return problem(
    "issuer_scope",
    { issuer: issuer.name, standard: certificate.standard_code, category: certificate.category },
    `issuer_id: ${issuer.name}'s accreditation does not cover ${categoryName(certificate.category)} under ${certificate.standard_code} (its scope: ${issuer.scope_categories.join(", ")}${
      issuer.scope_standard_codes.length ? `; ${issuer.scope_standard_codes.join(", ")}` : ""
    })`
  )
}

/** What staff may enter as a range: figures ≥ 0, each maximum above its minimum, the 含硒 tier below 富硒. */
export function rangeInputProblem(range: SeleniumRange): string | null {
  const { min_mg_per_kg: min, max_mg_per_kg: max } = range
  const cMin = range.containing_min_mg_per_kg ?? null
  const cMax = range.containing_max_mg_per_kg ?? null
  const figures = [min, max, cMin, cMax].filter((v): v is number => v !== null)
  if (figures.some((v) => !Number.isFinite(v) || v < 0)) return "every figure must be a number ≥ 0 mg/kg"
  if (max !== null && !(max > min)) return `max_mg_per_kg (${max}) must be greater than min_mg_per_kg (${min})`
  if ((cMin === null) !== (cMax === null) && cMin === null) return "containing_min_mg_per_kg is required when the 含硒 tier has a maximum"
  if (cMin !== null && cMax !== null && !(cMax > cMin)) return `containing_max_mg_per_kg (${cMax}) must be greater than containing_min_mg_per_kg (${cMin})`
  if (cMin !== null && cMin >= min) return `the 含硒 tier (from ${cMin}) must lie below the 富硒 minimum (${min})`
  if (cMax !== null && cMax >= min) return `containing_max_mg_per_kg (${cMax}) must lie below the 富硒 minimum (${min})`
  return null
}
