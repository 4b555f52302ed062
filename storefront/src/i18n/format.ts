/** Fills `{name}` placeholders of a catalogue string. Unknown placeholders are left as they are. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : whole
  )
}

/** Picks the plural form of a catalogue entry for `count` in `locale` and fills `{count}`. */
export function plural(
  forms: { one: string; other: string },
  count: number,
  locale: string,
  values: Record<string, string | number> = {}
): string {
  const category = new Intl.PluralRules(locale).select(count)
  return format(category === "one" ? forms.one : forms.other, { ...values, count })
}

/**
 * A date ("2026-03-01" or an ISO timestamp) in the page's language, in Beijing time; a date-only
 * value stays that calendar day. Invalid input is shown as it is.
 */
export function formatDate(value: string, locale: string, withTime = false): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value)
  const date = new Date(dateOnly ? `${value}T00:00:00+08:00` : value)
  if (Number.isNaN(date.getTime())) return value
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "zh-CN", {
    dateStyle: "medium",
    ...(withTime && !dateOnly ? { timeStyle: "short" } : {}),
    timeZone: "Asia/Shanghai",
  }).format(date)
}
