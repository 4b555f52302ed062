"use client"

import { useActionState } from "react"
import type { Messages } from "@/i18n"
import type { PortalFormState } from "@/lib/actions/portal-guard"
import { requestAuthorizationAction } from "@/lib/actions/portal-authorizations"
import { CategoryChecklist, FormStatus, PortalSelect, PortalTextArea } from "./fields"

const INITIAL: PortalFormState = { status: "idle" }

export function AuthorizationRequestForm({
  locale,
  labels,
  brands,
  categories,
}: {
  locale: string
  labels: Messages["portal"]["brands"]
  brands: { value: string; label: string }[]
  categories: { handle: string; name: string }[]
}) {
  const [state, action, pending] = useActionState(requestAuthorizationAction, INITIAL)
  const f = "portal-authorization"
  const chosen = new Set((state.status === "error" ? (state.values?.category_handles ?? "") : "").split(",").filter(Boolean))
  return (
    <form action={action} noValidate className="space-y-4" aria-labelledby="portal-authorization-title">
      <h2 id="portal-authorization-title" className="font-semibold text-stone-900">
        {labels.ask}
      </h2>
      <input type="hidden" name="locale" value={locale} />
      <PortalSelect form={f} name="brand_id" label={labels.brand} placeholder={labels.choose} options={brands} state={state} />
      <CategoryChecklist form={f} name="category_handles" legend={labels.categories} categories={categories} chosen={chosen} error={state.fieldErrors?.category_handles} at={state.at} />
      <PortalTextArea form={f} name="note" label={labels.note} hint={labels.noteHint} state={state} required={false} />
      <FormStatus state={state} />
      <button type="submit" className="btn-primary" disabled={pending}>
        {labels.submit}
      </button>
    </form>
  )
}
