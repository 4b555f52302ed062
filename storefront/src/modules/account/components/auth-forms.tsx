"use client"

import { useActionState } from "react"
import { TextField } from "@/modules/common/components/field"
import {
  loginAction,
  registerAction,
  requestPasswordResetAction,
  setNewPasswordAction,
  type AccountFormState,
  type ResetActor,
} from "@/lib/actions/account"

const INITIAL: AccountFormState = { status: "idle" }

/** A text field of an account form, wired to that form's returned values and errors. */
function Field({
  form,
  name,
  label,
  type = "text",
  autoComplete,
  hint,
  state,
  required = true,
}: {
  form: string
  name: string
  label: string
  type?: string
  autoComplete?: string
  hint?: string
  state: AccountFormState
  required?: boolean
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
      defaultValue={type === "password" ? undefined : state.values?.[name]}
      error={state.fieldErrors?.[name]}
    />
  )
}

function Status({ state }: { state: AccountFormState }) {
  if (!state.message) return <div role="status" aria-live="polite" />
  return (
    <p role={state.status === "error" ? "alert" : "status"} className={state.status === "error" ? "field-error" : "text-brand-700"}>
      {state.message}
    </p>
  )
}

export interface LoginLabels {
  title: string
  email: string
  password: string
  submit: string
}

export function LoginForm({ locale, labels }: { locale: string; labels: LoginLabels }) {
  const [state, action, pending] = useActionState(loginAction, INITIAL)
  return (
    <form action={action} noValidate className="space-y-4" aria-labelledby="login-title">
      <h2 id="login-title" className="text-lg font-semibold">
        {labels.title}
      </h2>
      <input type="hidden" name="locale" value={locale} />
      <Field form="login" name="email" type="email" label={labels.email} autoComplete="email" state={state} />
      <Field form="login" name="password" type="password" label={labels.password} autoComplete="current-password" state={state} />
      <Status state={state} />
      <button type="submit" className="btn-primary" disabled={pending}>
        {labels.submit}
      </button>
    </form>
  )
}

export interface RegisterLabels extends LoginLabels {
  name: string
  phone: string
  passwordHint: string
}

export function RegisterForm({ locale, labels }: { locale: string; labels: RegisterLabels }) {
  const [state, action, pending] = useActionState(registerAction, INITIAL)
  return (
    <form action={action} noValidate className="space-y-4" aria-labelledby="register-title">
      <h2 id="register-title" className="text-lg font-semibold">
        {labels.title}
      </h2>
      <input type="hidden" name="locale" value={locale} />
      <Field form="register" name="name" label={labels.name} autoComplete="name" state={state} />
      <Field form="register" name="email" type="email" label={labels.email} autoComplete="email" state={state} />
      <Field form="register" name="phone" type="tel" label={labels.phone} autoComplete="tel-national" state={state} required={false} />
      <Field
        form="register"
        name="password"
        type="password"
        label={labels.password}
        hint={labels.passwordHint}
        autoComplete="new-password"
        state={state}
      />
      <Status state={state} />
      <button type="submit" className="btn-primary" disabled={pending}>
        {labels.submit}
      </button>
    </form>
  )
}

export function ResetRequestForm({ locale, labels, actor = "customer" }: { locale: string; labels: { email: string; submit: string }; actor?: ResetActor }) {
  const [state, action, pending] = useActionState(requestPasswordResetAction, INITIAL)
  return (
    <form action={action} noValidate className="space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="actor" value={actor} />
      <Field form="reset" name="email" type="email" label={labels.email} autoComplete="email" state={state} />
      <Status state={state} />
      <button type="submit" className="btn-primary" disabled={pending}>
        {labels.submit}
      </button>
    </form>
  )
}

export function NewPasswordForm({
  locale,
  email,
  token,
  labels,
  loginHref,
  actor = "customer",
}: {
  locale: string
  email: string
  token: string
  labels: { password: string; hint: string; submit: string; goLogin: string }
  loginHref: string
  actor?: ResetActor
}) {
  const [state, action, pending] = useActionState(setNewPasswordAction, INITIAL)
  if (state.status === "ok") {
    return (
      <div className="space-y-4">
        <Status state={state} />
        <a href={loginHref} className="btn-primary">
          {labels.goLogin}
        </a>
      </div>
    )
  }
  return (
    <form action={action} noValidate className="space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="actor" value={actor} />
      <input type="hidden" name="email" value={email} />
      <input type="hidden" name="token" value={token} />
      <Field
        form="new-password"
        name="password"
        type="password"
        label={labels.password}
        hint={labels.hint}
        autoComplete="new-password"
        state={state}
      />
      <Status state={state} />
      <button type="submit" className="btn-primary" disabled={pending}>
        {labels.submit}
      </button>
    </form>
  )
}
