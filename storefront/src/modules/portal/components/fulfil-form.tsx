"use client"

import { useActionState } from "react"
import { fulfilOrderAction } from "@/lib/actions/portal-orders"
import type { PortalFormState } from "@/lib/actions/portal-guard"
import { FormStatus, PortalSelect, PortalText } from "./fields"

const INITIAL: PortalFormState = { status: "idle" }

export interface FulfilLabels {
  title: string
  carrier: string
  carrierPlaceholder: string
  trackingNumber: string
  fulfil: string
  pack: string
  packHint: string
}

/**
 * Pack or ship the enterprise's open items of an order: a quantity per item (all that is left by
 * default); "pack only" leaves the waybill for later, "confirm shipment" needs carrier and number.
 */
export function FulfilForm({
  locale,
  orderId,
  labels,
  carriers,
  items,
}: {
  locale: string
  orderId: string
  labels: FulfilLabels
  carriers: { value: string; label: string }[]
  items: { id: string; label: string; max: number }[]
}) {
  const [state, action, pending] = useActionState(fulfilOrderAction, INITIAL)
  const f = "fulfil"
  return (
    <form action={action} noValidate className="space-y-4" aria-labelledby="fulfil-title" key={state.status === "ok" ? state.at : undefined}>
      <h2 id="fulfil-title" className="font-semibold text-stone-900">
        {labels.title}
      </h2>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="order_id" value={orderId} />
      {items.map((item) => (
        <PortalText
          key={item.id}
          form={f}
          name={`qty_${item.id}`}
          label={item.label}
          type="number"
          inputMode="numeric"
          state={state}
          defaultValue={String(item.max)}
        />
      ))}
      <PortalSelect form={f} name="carrier" label={labels.carrier} placeholder={labels.carrierPlaceholder} options={carriers} state={state} />
      <PortalText form={f} name="tracking_number" label={labels.trackingNumber} autoComplete="off" state={state} />
      <p className="text-sm text-stone-700">{labels.packHint}</p>
      <FormStatus state={state} />
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="intent" value="ship" className="btn-primary" disabled={pending}>
          {labels.fulfil}
        </button>
        <button type="submit" name="intent" value="pack" className="btn-secondary" disabled={pending}>
          {labels.pack}
        </button>
      </div>
    </form>
  )
}
