import { Alert, Button, Drawer, Label, Select, Text } from "@medusajs/ui"
import type { FormEvent, ReactNode } from "react"
import { errorMessage } from "../lib/api"
import { UI } from "../lib/labels"

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
  if (!error) return null
  return (
    <Alert variant="error" role="alert">
      {errorMessage(error)}
    </Alert>
  )
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
  const current = value === "" ? (allowNone ? NONE : undefined) : value
  return (
    <Select value={current} onValueChange={(next) => onChange(next === NONE ? "" : next)} disabled={disabled}>
      <Select.Trigger id={id}>
        <Select.Value placeholder={placeholder ?? "Choose…"} />
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
  submitLabel = UI.save,
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
              {submitLabel}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
