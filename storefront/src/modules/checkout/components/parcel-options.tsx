"use client"

import { useState, useTransition } from "react"
import type { Messages } from "@/i18n/types"
import { format } from "@/i18n/format"
import { chooseShippingAction } from "@/lib/actions/checkout"
import { shippingFieldName } from "@/lib/checkout/validation"
import { FieldMessages } from "@/modules/common/components/field"

/** One parcel as the checkout shows it, with its texts already formatted by the page. */
export interface ParcelDisplay {
  id: string
  /** "紫阳县富硒茶业有限公司 发货 · 常温" */
  title: string
  /** The enterprise's name, for the per-parcel error message. */
  shipper: string
  contents: string
  options: { id: string; name: string; priceText: string; deliveryText: string | null }[]
}

/**
 * One radio group per parcel (Medusa: per shipping profile). Choosing an option saves it as the
 * parcel's shipping method right away so the summary shows its fee; without JavaScript the choices
 * travel with the form and are saved when the order is placed.
 */
export function ParcelOptions({
  locale,
  parcels,
  selected,
  errors,
  t,
}: {
  locale: string
  parcels: ParcelDisplay[]
  selected: Record<string, string>
  /** Ids of the parcels still without a valid choice after a submit. */
  errors: readonly string[]
  t: Messages["checkout"]
}) {
  const [failed, setFailed] = useState<string | null>(null)
  const [, startTransition] = useTransition()

  const choose = (parcelId: string, optionId: string, form: HTMLFormElement | null) => {
    // The whole checkout form goes along, so the address typed so far is saved with the choice.
    const data = form ? new FormData(form) : new FormData()
    data.set("locale", locale)
    data.set("option_id", optionId)
    startTransition(async () => {
      const { ok } = await chooseShippingAction(data)
      setFailed(ok ? null : parcelId)
    })
  }

  if (!parcels.length) return <p className="text-stone-700">{t.noShippingOptions}</p>
  return (
    <div className="space-y-4">
      <p className="field-hint">{t.parcelHint}</p>
      {parcels.map((parcel) => {
        const fieldId = `checkout-parcel-${parcel.id}`
        const error = errors.includes(parcel.id) ? format(t.errorShippingParcel, { name: parcel.shipper }) : failed === parcel.id ? t.shippingSaveFailed : undefined
        return (
          <fieldset key={parcel.id} id={fieldId} tabIndex={-1} className="space-y-2 rounded-md border border-stone-200 bg-white p-3" data-testid="parcel">
            <legend className="px-1 font-semibold text-stone-900">{parcel.title}</legend>
            <p className="text-sm text-stone-700">{parcel.contents}</p>
            {parcel.options.length ? (
              parcel.options.map((o) => (
                <label
                  key={o.id}
                  className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md border border-stone-400 bg-white px-3 py-2 has-checked:border-brand-700 has-checked:ring-2 has-checked:ring-brand-700"
                >
                  <input
                    type="radio"
                    name={shippingFieldName(parcel.id)}
                    value={o.id}
                    defaultChecked={selected[parcel.id] === o.id}
                    required
                    onChange={(event) => choose(parcel.id, o.id, event.currentTarget.form)}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? `${fieldId}-error` : undefined}
                    className="size-4 accent-brand-700"
                  />
                  <span className="flex-1">
                    {o.name}
                    {o.deliveryText ? <span className="block text-sm text-stone-600">{o.deliveryText}</span> : null}
                  </span>
                  <span className="font-medium">{o.priceText}</span>
                </label>
              ))
            ) : (
              <p className="text-danger-700">{t.parcelNoOptions}</p>
            )}
            <FieldMessages id={fieldId} error={error} />
          </fieldset>
        )
      })}
    </div>
  )
}
