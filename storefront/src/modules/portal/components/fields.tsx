"use client"

import { useState, type ReactNode } from "react"
import { controlAria, describedBy, FieldMessages, LabelledField, TextField } from "@/modules/common/components/field"
import type { PortalFormState } from "@/lib/actions/portal-guard"

/** A text input of a portal form: keeps what was typed and shows its error (aria-invalid/aria-describedby). */
export function PortalText({
  form,
  name,
  label,
  state,
  type = "text",
  autoComplete,
  hint,
  required = true,
  inputMode,
  defaultValue,
}: {
  form: string
  name: string
  label: string
  state: PortalFormState
  type?: string
  autoComplete?: string
  hint?: string
  required?: boolean
  inputMode?: "text" | "email" | "tel" | "numeric"
  defaultValue?: string
}) {
  return (
    <TextField
      id={`${form}-${name}`}
      name={name}
      label={label}
      type={type}
      autoComplete={autoComplete}
      hint={hint}
      required={required}
      inputMode={inputMode}
      defaultValue={type === "password" ? undefined : (state.values?.[name] ?? defaultValue)}
      error={state.fieldErrors?.[name]}
    />
  )
}

export function PortalSelect({
  form,
  name,
  label,
  state,
  placeholder,
  options,
  required = true,
  hint,
  defaultValue,
}: {
  form: string
  name: string
  label: string
  state: PortalFormState
  placeholder?: string
  options: { value: string; label: string; group?: string }[]
  required?: boolean
  hint?: string
  defaultValue?: string
}) {
  const id = `${form}-${name}`
  const error = state.fieldErrors?.[name]
  const groups = [...new Set(options.map((o) => o.group ?? ""))]
  const render = (list: typeof options) =>
    list.map((o) => (
      <option key={o.value} value={o.value}>
        {o.label}
      </option>
    ))
  return (
    <LabelledField id={id} label={label} hint={hint} error={error}>
      <select
        id={id}
        name={name}
        // The key remounts the select when the action answers, so the kept value shows.
        key={state.at ?? 0}
        defaultValue={state.values?.[name] ?? defaultValue ?? ""}
        {...controlAria(id, { required, hint, error })}
        className="field-input"
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {groups.length > 1 || groups[0]
          ? groups.map((group) => (
              <optgroup key={group} label={group}>
                {render(options.filter((o) => (o.group ?? "") === group))}
              </optgroup>
            ))
          : render(options)}
      </select>
    </LabelledField>
  )
}

export function PortalTextArea({
  form,
  name,
  label,
  state,
  required = false,
  hint,
  defaultValue,
}: {
  form: string
  name: string
  label: string
  state: PortalFormState
  required?: boolean
  hint?: string
  defaultValue?: string
}) {
  const id = `${form}-${name}`
  const error = state.fieldErrors?.[name]
  return (
    <LabelledField id={id} label={label} hint={hint} error={error}>
      <textarea
        id={id}
        name={name}
        key={state.at ?? 0}
        rows={4}
        defaultValue={state.values?.[name] ?? defaultValue}
        {...controlAria(id, { required, hint, error })}
        className="field-input"
      />
    </LabelledField>
  )
}

/** Files above this never reach the server action (Next.js refuses action bodies over 1 MB). */
export const MAX_UPLOAD_BYTES = 900 * 1024

/**
 * A file input; a file cannot be kept after an error, so its hint says what to choose again. A file
 * that is too large is refused here, before the form is sent, with `tooLarge` as its error.
 */
export function PortalFile({
  form,
  name,
  label,
  state,
  accept,
  hint,
  required = false,
  multiple = false,
  tooLarge,
}: {
  form: string
  name: string
  label: string
  state: PortalFormState
  accept: string
  hint?: string
  required?: boolean
  multiple?: boolean
  tooLarge: string
}) {
  const id = `${form}-${name}`
  const [localError, setLocalError] = useState<string | undefined>()
  const error = localError ?? state.fieldErrors?.[name]
  return (
    <LabelledField id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        name={name}
        type="file"
        accept={accept}
        multiple={multiple}
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])]
          if (files.some((file) => file.size > MAX_UPLOAD_BYTES)) {
            event.currentTarget.value = ""
            setLocalError(tooLarge)
          } else setLocalError(undefined)
        }}
        {...controlAria(id, { required, hint, error })}
        className="field-input"
      />
    </LabelledField>
  )
}

/** The form-level message: an alert on error, a polite status otherwise. */
export function FormStatus({ state }: { state: PortalFormState }) {
  if (!state.message) return <div role="status" aria-live="polite" />
  return (
    <p role={state.status === "error" ? "alert" : "status"} className={state.status === "error" ? "field-error" : "font-medium text-brand-700"}>
      {state.message}
    </p>
  )
}

export function Fieldset({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="space-y-4 rounded-lg border border-stone-200 bg-white p-5">
      <legend className="px-1 font-semibold text-stone-900">{legend}</legend>
      {children}
    </fieldset>
  )
}

/** Product categories as checkboxes, by their names; the checked handles are sent under `name`. */
export function CategoryChecklist({
  form,
  name,
  legend,
  categories,
  chosen,
  error,
  at,
}: {
  form: string
  name: string
  legend: string
  categories: { handle: string; name: string }[]
  chosen: ReadonlySet<string>
  error?: string
  /** The answer's time: remounts the boxes so what was kept shows checked. */
  at?: number
}) {
  const id = `${form}-${name}`
  return (
    <fieldset aria-describedby={describedBy(id, false, Boolean(error))} aria-invalid={error ? true : undefined}>
      <legend className="field-label">{legend}</legend>
      <div className="grid grid-cols-2 gap-2 sm:grid-cols-3" key={at ?? 0}>
        {categories.map((c) => (
          <label key={c.handle} className="flex min-h-11 items-center gap-2 text-sm">
            <input type="checkbox" name={name} value={c.handle} defaultChecked={chosen.has(c.handle)} className="h-5 w-5" />
            {c.name}
          </label>
        ))}
      </div>
      <FieldMessages id={id} error={error} />
    </fieldset>
  )
}
