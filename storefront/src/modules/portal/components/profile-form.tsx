"use client"

import { useActionState } from "react"
import type { Messages } from "@/i18n"
import type { PortalFormState } from "@/lib/actions/portal-guard"
import { saveProfileAction } from "@/lib/actions/portal-profile"
import { Fieldset, FormStatus, PortalSelect, PortalText, PortalTextArea } from "./fields"

const INITIAL: PortalFormState = { status: "idle" }

/** The enterprise's details, filled with what is registered; contact and registered details apart. */
export function ProfileForm({
  locale,
  labels,
  apply,
  current,
  kinds,
  counties,
  save,
}: {
  locale: string
  labels: Messages["portal"]["profile"]
  apply: Messages["portal"]["apply"]
  current: Record<"name" | "credit_code" | "kind" | "county" | "contact_name" | "contact_phone" | "description", string>
  kinds: { value: string; label: string }[]
  counties: { value: string; label: string; group: string }[]
  save: string
}) {
  const [state, action, pending] = useActionState(saveProfileAction, INITIAL)
  const f = "portal-profile"
  return (
    <form action={action} noValidate className="space-y-6" aria-label={labels.title}>
      <input type="hidden" name="locale" value={locale} />
      <Fieldset legend={labels.contact}>
        <PortalText form={f} name="contact_name" label={apply.contactName} state={state} defaultValue={current.contact_name} />
        <PortalText form={f} name="contact_phone" type="tel" label={apply.contactPhone} autoComplete="tel" state={state} defaultValue={current.contact_phone} />
        <PortalTextArea form={f} name="description" label={apply.description} state={state} required={false} defaultValue={current.description} />
      </Fieldset>
      <Fieldset legend={labels.legal}>
        <PortalText form={f} name="name" label={apply.name} autoComplete="organization" state={state} defaultValue={current.name} />
        <PortalText form={f} name="credit_code" label={apply.creditCode} hint={apply.creditCodeHint} state={state} defaultValue={current.credit_code} />
        <PortalSelect form={f} name="kind" label={apply.kind} state={state} options={kinds} defaultValue={current.kind} />
        <PortalSelect form={f} name="county" label={apply.county} state={state} options={counties} defaultValue={current.county} />
      </Fieldset>
      <FormStatus state={state} />
      <button type="submit" className="btn-primary" disabled={pending}>
        {save}
      </button>
    </form>
  )
}
