import { Alert, Button, Checkbox, Drawer, Label, Select, Text } from "@medusajs/ui"
import type { FormEvent, ReactNode } from "react"
import { INVALID_FIELD_CODE, refusedFieldName } from "@seleno/domain/src/validation"
import { errorMessage, isForbidden } from "../lib/api"
import { fill, useLabels, type Labels } from "../lib/labels"
import { CodedFetchError } from "../lib/sdk"

/** A labelled form control with an optional hint underneath. */
export function Field({
  id,
  label,
  hint,
  optional,
  children,
}: {
  id: string
  label: string
  hint?: ReactNode
  optional?: boolean
  children: ReactNode
}) {
  const { UI } = useLabels()
  return (
    <div className="flex flex-col gap-y-1.5">
      <Label htmlFor={id} size="small" weight="plus">
        {label}
        {optional && <span className="text-ui-fg-muted font-normal"> ({UI.optional})</span>}
      </Label>
      {children}
      {hint && (
        <Text size="xsmall" className="text-ui-fg-subtle">
          {hint}
        </Text>
      )}
    </div>
  )
}

/** The API's answer to a failed submit, shown next to the form it belongs to. */
export function FormError({ error }: { error: unknown }) {
  const { UI, FIELD, lang } = useLabels()
  if (!error) return null
  // The API's own message is English and names the rule; a Chinese dashboard names the field instead.
  const translated = lang === "zh" ? fieldRefusalText(error, UI, FIELD) : null
  return (
    <Alert variant="error" role="alert">
      {/* A refusal for the staff role is explained, not shown as the API's raw message. */}
      {isForbidden(error) ? UI.deniedTitle : (translated ?? errorMessage(error, UI.requestFailed))}
    </Alert>
  )
}

/** A body refused field by field (`invalid_field`), named in the dashboard's language; null for other errors. */
function fieldRefusalText(error: unknown, UI: Labels["UI"], FIELD: Labels["FIELD"]): string | null {
  if (!(error instanceof CodedFetchError) || error.code !== INVALID_FIELD_CODE) return null
  const field = refusedFieldName(String(error.params?.field ?? ""))
  const name = field && Object.prototype.hasOwnProperty.call(FIELD, field) ? FIELD[field as keyof typeof FIELD] : undefined
  return name ? fill(UI.invalidField, { field: name }) : UI.invalidFieldUnnamed
}

const NONE = "__none__"

/**
 * Medusa's select for a fixed list of options. With `allowNone`, a "none" entry maps to `""`
 * (Radix selects cannot hold an empty value themselves).
 */
export function SelectField({
  id,
  value,
  onChange,
  options,
  placeholder,
  allowNone,
  disabled,
}: {
  id: string
  value: string
  onChange: (value: string) => void
  options: { value: string; label: string }[]
  placeholder?: string
  allowNone?: boolean
  disabled?: boolean
}) {
  const { UI } = useLabels()
  const current = value === "" ? (allowNone ? NONE : undefined) : value
  return (
    <Select value={current} onValueChange={(next) => onChange(next === NONE ? "" : next)} disabled={disabled}>
      <Select.Trigger id={id}>
        <Select.Value placeholder={placeholder ?? UI.choose} />
      </Select.Trigger>
      <Select.Content>
        {allowNone && <Select.Item value={NONE}>{UI.none}</Select.Item>}
        {options.map((option) => (
          <Select.Item key={option.value} value={option.value}>
            {option.label}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}

/**
 * A multi-select as a group of checkboxes: `value` holds the ticked options' values (codes),
 * shown by their labels. Values not among the options (older data) stay ticked and visible.
 */
export function CheckboxList({
  id,
  label,
  value,
  onChange,
  options,
}: {
  id: string
  label: string
  value: string[]
  onChange: (value: string[]) => void
  options: { value: string; label: string }[]
}) {
  const known = new Set(options.map((o) => o.value))
  const all = [...options, ...value.filter((v) => !known.has(v)).map((v) => ({ value: v, label: v }))]
  const toggle = (option: string, on: boolean) =>
    onChange(on ? [...value.filter((v) => v !== option), option] : value.filter((v) => v !== option))
  return (
    <div id={id} role="group" aria-label={label} className="grid grid-cols-2 gap-x-4 gap-y-2">
      {all.map((option) => {
        const checkboxId = `${id}-${option.value}`
        return (
          <div key={option.value} className="flex items-center gap-x-2">
            <Checkbox
              id={checkboxId}
              checked={value.includes(option.value)}
              onCheckedChange={(checked) => toggle(option.value, checked === true)}
            />
            <Label htmlFor={checkboxId} size="small">
              {option.label}
            </Label>
          </div>
        )
      })}
    </div>
  )
}

/**
 * A side drawer holding one form: the trigger button, the fields, the API's error above them and
 * the submit button. The parent owns `open` so it can close the drawer after a successful save.
 */
export function FormDrawer({
  triggerLabel,
  title,
  description,
  open,
  onOpenChange,
  onSubmit,
  pending,
  error,
  submitLabel,
  children,
}: {
  triggerLabel: string
  title: string
  description?: string
  open: boolean
  onOpenChange: (open: boolean) => void
  onSubmit: () => void
  pending: boolean
  error: unknown
  submitLabel?: string
  children: ReactNode
}) {
  const { UI } = useLabels()
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    onSubmit()
  }
  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary" type="button">
          {triggerLabel}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content {...(description ? {} : { "aria-describedby": undefined })}>
        <form onSubmit={submit} className="flex flex-1 flex-col overflow-hidden" aria-label={title}>
          <Drawer.Header>
            <Drawer.Title>{title}</Drawer.Title>
            {description && <Drawer.Description>{description}</Drawer.Description>}
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            <FormError error={error} />
            {children}
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                {UI.cancel}
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={pending}>
              {submitLabel ?? UI.save}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
