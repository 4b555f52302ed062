import { Alert, Checkbox, Input, Label, Text } from "@medusajs/ui"
import { useMutation } from "@tanstack/react-query"
import type { ReactNode } from "react"
import { errorMessage } from "../lib/api"
import { marketingApi } from "../lib/marketing-api"
import { useLabels } from "../lib/labels"
import { useMarketingLabels } from "../lib/marketing-labels"

/** A checkbox with its label on the right; the label is the checkbox's accessible name. */
export function CheckboxField({
  id,
  label,
  checked,
  onChange,
}: {
  id: string
  label: string
  checked: boolean
  onChange: (checked: boolean) => void
}) {
  return (
    <div className="flex items-center gap-x-2">
      <Checkbox id={id} checked={checked} onCheckedChange={(next) => onChange(next === true)} />
      <Label htmlFor={id} size="small">
        {label}
      </Label>
    </div>
  )
}

/**
 * Choose several of a list (brands, products, counties): a named group of checkboxes in a
 * scrolling box, so a long catalogue does not stretch the form.
 */
export function CheckList({
  id,
  legend,
  options,
  selected,
  onChange,
  loading,
  hint,
}: {
  id: string
  legend: string
  options: { value: string; label: string; group?: string }[]
  selected: string[]
  onChange: (next: string[]) => void
  loading?: boolean
  hint?: ReactNode
}) {
  const { MU } = useMarketingLabels()
  const toggle = (value: string, on: boolean) =>
    onChange(on ? [...selected.filter((v) => v !== value), value] : selected.filter((v) => v !== value))
  let lastGroup: string | undefined
  return (
    <fieldset className="flex flex-col gap-y-1.5" aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend className="mb-1.5">
        <Text size="small" weight="plus" leading="compact">
          {legend}
          {selected.length > 0 && <span className="text-ui-fg-muted font-normal"> ({selected.length})</span>}
        </Text>
      </legend>
      <div className="bg-ui-bg-field max-h-48 overflow-y-auto rounded-md border px-3 py-2">
        {loading ? (
          <Text size="small" className="text-ui-fg-muted">
            {MU.loadingChoices}
          </Text>
        ) : options.length === 0 ? (
          <Text size="small" className="text-ui-fg-muted">
            {MU.noChoices}
          </Text>
        ) : (
          <ul className="flex flex-col gap-y-1.5">
            {options.map((option) => {
              const heading = option.group && option.group !== lastGroup ? option.group : undefined
              lastGroup = option.group
              return (
                <li key={option.value}>
                  {heading && (
                    <Text size="xsmall" weight="plus" className="text-ui-fg-subtle mt-1">
                      {heading}
                    </Text>
                  )}
                  <CheckboxField
                    id={`${id}-${option.value}`}
                    label={option.label}
                    checked={selected.includes(option.value)}
                    onChange={(on) => toggle(option.value, on)}
                  />
                </li>
              )
            })}
          </ul>
        )}
      </div>
      {hint && (
        <Text id={`${id}-hint`} size="xsmall" className="text-ui-fg-subtle">
          {hint}
        </Text>
      )}
    </fieldset>
  )
}

/**
 * An image by URL, or uploaded through Medusa's file module (POST /admin/uploads), which then
 * fills the URL in. Either way the campaign stores only the URL.
 */
export function ImageField({
  id,
  label,
  uploadLabel,
  value,
  onChange,
}: {
  id: string
  label: string
  uploadLabel: string
  value: string
  onChange: (url: string) => void
}) {
  const { MU } = useMarketingLabels()
  const { UI } = useLabels()
  const upload = useMutation({
    mutationFn: (file: File) => marketingApi.uploadImage(file),
    onSuccess: (url) => onChange(url),
  })
  return (
    <div className="flex flex-col gap-y-1.5">
      <Label htmlFor={id} size="small" weight="plus">
        {label}
      </Label>
      <Input id={id} type="url" value={value} onChange={(e) => onChange(e.target.value)} placeholder="https://…" />
      <div className="flex flex-wrap items-center gap-2">
        <Label htmlFor={`${id}-file`} size="xsmall" className="text-ui-fg-subtle">
          {uploadLabel}
        </Label>
        <input
          id={`${id}-file`}
          type="file"
          accept="image/*"
          className="text-ui-fg-subtle text-xs"
          disabled={upload.isPending}
          onChange={(e) => {
            const file = e.target.files?.[0]
            if (file) upload.mutate(file)
            e.target.value = ""
          }}
        />
        {upload.isPending && (
          <Text size="xsmall" role="status">
            {MU.uploading}
          </Text>
        )}
      </div>
      {upload.error && (
        <Alert variant="error" role="alert">
          {errorMessage(upload.error, UI.requestFailed)}
        </Alert>
      )}
      {value && /^(https?:\/\/|\/)/.test(value) && (
        <img src={value} alt="" className="h-20 w-auto self-start rounded border object-cover" />
      )}
    </div>
  )
}
