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
