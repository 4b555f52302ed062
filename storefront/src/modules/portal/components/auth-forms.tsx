"use client"

import { useActionState } from "react"
import { portalApplyAction, portalLoginAction } from "@/lib/actions/portal"
import type { PortalFormState } from "@/lib/actions/portal-guard"
import { Fieldset, FormStatus, PortalFile, PortalSelect, PortalText, PortalTextArea } from "./fields"

const INITIAL: PortalFormState = { status: "idle" }

export function PortalLoginForm({ locale, labels }: { locale: string; labels: { title: string; email: string; password: string; submit: string } }) {
  const [state, action, pending] = useActionState(portalLoginAction, INITIAL)
  return (
    <form action={action} noValidate className="space-y-4" aria-labelledby="portal-login-title">
      <h1 id="portal-login-title" className="text-2xl font-bold text-stone-900">
        {labels.title}
      </h1>
      <input type="hidden" name="locale" value={locale} />
      <PortalText form="portal-login" name="email" type="email" label={labels.email} autoComplete="username" state={state} />
      <PortalText form="portal-login" name="password" type="password" label={labels.password} autoComplete="current-password" state={state} />
      <FormStatus state={state} />
      <button type="submit" className="btn-primary" disabled={pending}>
        {labels.submit}
      </button>
    </form>
  )
}

export interface ApplyLabels {
  title: string
  account: string
  enterprise: string
  contact: string
  email: string
  password: string
  passwordHint: string
  applicantName: string
  name: string
  creditCode: string
  creditCodeHint: string
  kind: string
  county: string
  countyPlaceholder: string
  contactName: string
  contactPhone: string
  description: string
  licence: string
  licenceHint: string
  errorLicenceSize: string
  submit: string
}

export function PortalApplyForm({
  locale,
  labels,
  kinds,
  counties,
}: {
  locale: string
  labels: ApplyLabels
  kinds: { value: string; label: string }[]
  counties: { value: string; label: string; group: string }[]
}) {
  const [state, action, pending] = useActionState(portalApplyAction, INITIAL)
  const f = "portal-apply"
  return (
    <form action={action} noValidate className="space-y-6" aria-label={labels.title}>
      <input type="hidden" name="locale" value={locale} />
      <Fieldset legend={labels.account}>
        <PortalText form={f} name="email" type="email" label={labels.email} autoComplete="username" state={state} />
        <PortalText form={f} name="password" type="password" label={labels.password} hint={labels.passwordHint} autoComplete="new-password" state={state} />
        <PortalText form={f} name="applicant_name" label={labels.applicantName} autoComplete="name" state={state} required={false} />
      </Fieldset>
      <Fieldset legend={labels.enterprise}>
        <PortalText form={f} name="name" label={labels.name} autoComplete="organization" state={state} />
        <PortalText form={f} name="credit_code" label={labels.creditCode} hint={labels.creditCodeHint} state={state} />
        <PortalSelect form={f} name="kind" label={labels.kind} state={state} options={kinds} defaultValue="company" />
        <PortalSelect form={f} name="county" label={labels.county} state={state} options={counties} placeholder={labels.countyPlaceholder} />
        <PortalTextArea form={f} name="description" label={labels.description} state={state} />
        <PortalFile form={f} name="licence" label={labels.licence} hint={labels.licenceHint} accept="image/jpeg,image/png,application/pdf" tooLarge={labels.errorLicenceSize} state={state} />
      </Fieldset>
      <Fieldset legend={labels.contact}>
        <PortalText form={f} name="contact_name" label={labels.contactName} state={state} />
        <PortalText form={f} name="contact_phone" type="tel" label={labels.contactPhone} autoComplete="tel" state={state} />
      </Fieldset>
      <FormStatus state={state} />
      <button type="submit" className="btn-primary" disabled={pending}>
        {labels.submit}
      </button>
    </form>
  )
}
