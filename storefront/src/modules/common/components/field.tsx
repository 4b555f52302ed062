import type { ReactNode } from "react"

/** Ids wired to aria-describedby for a field's hint and error. */
export function describedBy(id: string, hint: boolean, error: boolean): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean)
  return ids.length ? ids.join(" ") : undefined
}

export function FieldMessages({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </>
  )
}

/** What every form control carries: required state, invalid state and its hint/error ids. */
export function controlAria(id: string, { required, hint, error }: { required?: boolean; hint?: string; error?: string }) {
  return {
    required,
    "aria-required": required || undefined,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(id, Boolean(hint), Boolean(error)),
  }
}

/** A control with its label above and its hint and error below. */
export function LabelledField({
  id,
  label,
  hint,
  error,
  className,
  children,
}: {
  id: string
  label: ReactNode
  hint?: string
  error?: string
  className?: string
  children: ReactNode
}) {
  return (
    <div className={className}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {children}
      <FieldMessages id={id} hint={hint} error={error} />
    </div>
  )
}

export function TextField({
  id,
  name,
  label,
  defaultValue,
  error,
  hint,
  type = "text",
  autoComplete,
  inputMode,
  required = true,
  maxLength,
  className,
}: {
  id: string
  name: string
  label: ReactNode
  defaultValue?: string
  error?: string
  hint?: string
  type?: string
  autoComplete?: string
  inputMode?: "text" | "email" | "tel" | "numeric"
  required?: boolean
  maxLength?: number
  className?: string
}) {
  return (
    <LabelledField id={id} label={label} hint={hint} error={error} className={className}>
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        inputMode={inputMode}
        maxLength={maxLength}
        {...controlAria(id, { required, hint, error })}
        className="field-input"
      />
    </LabelledField>
  )
}
