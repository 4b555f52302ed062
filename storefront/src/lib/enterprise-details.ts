import { countyChoices as domainCountyChoices, creditCodeProblem, ENTERPRISE_KINDS, findCounty, type StorefrontLocale } from "@seleno/domain"
import type { Messages } from "@/i18n"

/**
 * The counties an enterprise may be registered in (every county of the provinces we serve, the
 * selenium regions' first; see docs/places.md), grouped by province and prefecture.
 */
export function countyChoices(locale: StorefrontLocale): { value: string; label: string; group: string }[] {
  return domainCountyChoices(locale === "en" ? "en" : "zh")
}

export function kindChoices(t: Messages["portal"]["apply"]): { value: string; label: string }[] {
  return ENTERPRISE_KINDS.map((kind) => ({ value: kind, label: t.kinds[kind] }))
}

export interface EnterpriseDetailValues {
  name: string
  credit_code: string
  kind: string
  county: string
  contact_name: string
  contact_phone: string
}

/** What is wrong with an enterprise's details as typed, per field, in the page's language (application and profile alike). */
export function enterpriseDetailErrors(values: EnterpriseDetailValues, t: Messages["portal"]["apply"]): Record<string, string> {
  const errors: Record<string, string> = {}
  if (!values.name) errors.name = t.errorName
  const codeProblem = creditCodeProblem(values.credit_code)
  if (codeProblem) errors.credit_code = t.errorCreditCode[codeProblem]
  if (!(ENTERPRISE_KINDS as readonly string[]).includes(values.kind)) errors.kind = t.errorKind
  if (!findCounty(values.county)) errors.county = t.errorCounty
  if (!values.contact_name) errors.contact_name = t.errorContactName
  if (!/^[0-9+\- ]{7,20}$/.test(values.contact_phone)) errors.contact_phone = t.errorContactPhone
  return errors
}
