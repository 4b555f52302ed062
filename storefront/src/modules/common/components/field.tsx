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
    <div className={className}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        inputMode={inputMode}
        maxLength={maxLength}
        required={required}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, Boolean(hint), Boolean(error))}
        className="field-input"
      />
      <FieldMessages id={id} hint={hint} error={error} />
    </div>
  )
}
