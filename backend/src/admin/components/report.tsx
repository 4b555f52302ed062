import { ArrowDownTray } from "@medusajs/icons"
import { Button, Input, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { Page, Section } from "./display"
import { Field, FormError, SelectField } from "./form"
import { Loading } from "./states"

// A sentinel, not a real id: the select needs a value for "no filter", the report query takes none.
const ALL = "all"

interface Period {
  from: string
  to: string
}

/**
 * The frame of the admin's period reports (monitoring, campaign attribution, settlements): a
 * heading card with the CSV export, the filters and the last action's error, then the report.
 */
export function ReportPage({
  title,
  intro,
  lead,
  exportLabel,
  exporting,
  onExport,
  error,
  filters,
  query,
  children,
}: {
  title: string
  intro?: string
  /** Shown above the heading card, e.g. a link back. */
  lead?: ReactNode
  exportLabel: string
  exporting: boolean
  onExport: () => void
  error: unknown
  filters: ReactNode
  /** The report's query; its earlier figures stay on screen while a new filter loads (keepPreviousData), so the reload is announced below them. */
  query: { isFetching: boolean; isPending: boolean }
  children: ReactNode
}) {
  return (
    <Page>
      {lead}
      <Section
        title={title}
        level="h1"
        actions={
          <Button size="small" variant="secondary" type="button" isLoading={exporting} onClick={onExport}>
            <ArrowDownTray />
            {exportLabel}
          </Button>
        }
      >
        <div className="flex flex-col gap-y-3 px-6 py-4">
          {intro ? (
            <Text size="small" className="text-ui-fg-subtle">
              {intro}
            </Text>
          ) : null}
          <div className="flex flex-wrap items-end gap-4">{filters}</div>
          <FormError error={error} />
        </div>
      </Section>
      {children}
      {query.isFetching && !query.isPending && <Loading />}
    </Page>
  )
}

/**
 * A report's from and to days (ids `<id>-from`, `<id>-to`). Each bounds the other so the period
 * cannot run backwards, and clearing a field keeps the last day rather than dropping the filter.
 */
export function PeriodFields({
  id,
  fromLabel,
  toLabel,
  value,
  onChange,
}: {
  id: string
  fromLabel: string
  toLabel: string
  value: Period
  onChange: (patch: Partial<Period>) => void
}) {
  return (
    <>
      <Field id={`${id}-from`} label={fromLabel}>
        <Input id={`${id}-from`} type="date" value={value.from} max={value.to} onChange={(e) => e.target.value && onChange({ from: e.target.value })} />
      </Field>
      <Field id={`${id}-to`} label={toLabel}>
        <Input id={`${id}-to`} type="date" value={value.to} min={value.from} onChange={(e) => e.target.value && onChange({ to: e.target.value })} />
      </Field>
    </>
  )
}

/** A report filter that is off (everything) or narrowed to one of `options`; undefined means off. */
export function ChoiceFilter({
  id,
  label,
  allLabel,
  options,
  value,
  onChange,
  className,
}: {
  id: string
  label: string
  allLabel: string
  options: { value: string; label: string }[]
  value: string | undefined
  onChange: (value: string | undefined) => void
  className: string
}) {
  return (
    <div className={className}>
      <Field id={id} label={label}>
        <SelectField id={id} value={value ?? ALL} onChange={(next) => onChange(next === ALL ? undefined : next)} options={[{ value: ALL, label: allLabel }, ...options]} />
      </Field>
    </div>
  )
}
