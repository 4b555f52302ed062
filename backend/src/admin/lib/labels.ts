import { useTranslation } from "react-i18next"
import { catalogueFor, nameLanguage, NAMESPACE } from "../i18n/catalogue"

/**
 * Every label the admin extensions show comes from the catalogue in ../i18n (zh-CN and en), in
 * the dashboard's current language. Components read it through `useLabels()`; option lists for
 * selects are built from its vocabulary maps with `optionsOf`.
 */
export function useLabels() {
  // Subscribes the component to language changes; the text itself is our typed catalogue.
  const { i18n } = useTranslation(NAMESPACE)
  const language = i18n.resolvedLanguage ?? i18n.language
  const c = catalogueFor(language)
  return {
    /** The whole catalogue, for pages with sections of their own (monitoring, settlement …). */
    c,
    /** "zh" or "en", for bilingual domain values such as region names. */
    lang: nameLanguage(language),
    NAV: c.nav,
    UI: c.ui,
    FIELD: c.field,
    HINT: c.hint,
    BRAND_LEVEL: c.brandLevel,
    MARK_TYPE: c.markType,
    ENTERPRISE_KIND: c.enterpriseKind,
    ENTERPRISE_STATUS: c.enterpriseStatus,
    AUTHORIZATION_STATUS: c.authorizationStatus,
    CERTIFICATE_STATUS: c.certificateStatus,
    CERTIFICATION_REASON: c.certificationReason,
    CERTIFICATE_SUBJECT: c.certificateSubject,
    CERTIFICATE_CATEGORY: c.certificateCategory,
    EVENT_TYPE: c.eventType,
    CERTIFICATE_TABS: c.certificateTabs,
    SIGNAL_STATE: c.signalState,
    SIGNAL_REASON: c.signalReason,
  }
}

export type Labels = ReturnType<typeof useLabels>

/** Fills `{{name}}` placeholders (the catalogue uses i18next's syntax). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole))
}

/** Badge colours by status; the keys are the API's status values. */
export type BadgeColor = "green" | "orange" | "red" | "grey" | "blue"

export const STATUS_COLOR: Record<string, BadgeColor> = {
  // enterprises
  active: "green",
  pending: "orange",
  rejected: "grey",
  suspended: "red",
  // brand authorizations
  in_force: "green",
  not_yet: "blue",
  // certificates
  valid: "green",
  expiring: "orange",
  expiring_soon: "orange",
  expired: "red",
  revoked: "grey",
}

/** `{ key: label }` maps as select options, in their declared order. */
export function optionsOf<K extends string>(map: Record<K, string>): { value: K; label: string }[] {
  return (Object.keys(map) as K[]).map((value) => ({ value, label: map[value] }))
}

/** A label for an API value, falling back to the raw value for one this admin does not know yet. */
export function labelOf(map: Record<string, string>, value: string | null | undefined): string {
  if (!value) return "—"
  return map[value] ?? value
}
