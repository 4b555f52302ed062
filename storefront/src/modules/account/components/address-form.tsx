"use client"

import { useActionState } from "react"
import { AddressFields, type AddressLabels } from "@/modules/checkout/components/address-fields"
import type { Messages } from "@/i18n/types"
import { addAddressAction, type AddressFormState } from "@/lib/actions/account"
import type { AddressValues } from "@/lib/checkout/validation"

const EMPTY: AddressValues = { recipient: "", province: "", city: "", district: "", addressLine: "", postalCode: "", phone: "" }

export function AddressForm({
  locale,
  labels,
  errorText,
  submit,
}: {
  locale: string
  labels: AddressLabels
  errorText: Pick<Messages["checkout"], "errorRecipient" | "errorProvince" | "errorCity" | "errorDistrict" | "errorAddressLine" | "errorPostalCode" | "errorPhone">
  submit: string
}) {
  const [state, action, pending] = useActionState<AddressFormState, FormData>(addAddressAction, { status: "idle" })
  const errors = Object.fromEntries(
    Object.entries(state.errors ?? {}).map(([field, key]) => [field, errorText[key as keyof typeof errorText]])
  )
  return (
    <form action={action} noValidate className="space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <AddressFields key={state.at ?? 0} idPrefix="address" defaults={state.values ?? EMPTY} errors={errors} labels={labels} />
      {state.message ? (
        <p role={state.status === "error" ? "alert" : "status"} className={state.status === "error" ? "field-error" : "text-brand-700"}>
          {state.message}
        </p>
      ) : null}
      <button type="submit" className="btn-primary" disabled={pending}>
        {submit}
      </button>
    </form>
  )
}
