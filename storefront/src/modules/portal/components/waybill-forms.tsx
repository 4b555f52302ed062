"use client"

import { useActionState } from "react"
import { cancelPackAction, correctWaybillAction, shipPackedAction } from "@/lib/actions/portal-orders"
import type { PortalFormState } from "@/lib/actions/portal-guard"
import { FormStatus, PortalSelect, PortalText } from "./fields"

const INITIAL: PortalFormState = { status: "idle" }

export interface WaybillLabels {
  title: string
  carrier: string
  carrierPlaceholder: string
  trackingNumber: string
  submit: string
}

interface ParcelProps {
  locale: string
  orderId: string
  fulfilmentId: string
}

/**
 * A carrier and tracking number for one parcel: to ship a packed one ("ship"), or to correct a
 * shipped one's ("correct", starting from its current carrier). What was typed stays on refusal.
 */
export function WaybillForm({
  locale,
  orderId,
  fulfilmentId,
  move,
  labels,
  carriers,
  current,
}: ParcelProps & {
  move: "ship" | "correct"
  labels: WaybillLabels
  carriers: { value: string; label: string }[]
  current?: { carrier?: string; tracking_number?: string }
}) {
  const [state, action, pending] = useActionState(move === "ship" ? shipPackedAction : correctWaybillAction, INITIAL)
  const f = `${move}-${fulfilmentId}`
  return (
    <form action={action} noValidate className="space-y-3" aria-label={labels.title}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="order_id" value={orderId} />
      <input type="hidden" name="fulfillment_id" value={fulfilmentId} />
      <PortalSelect form={f} name="carrier" label={labels.carrier} placeholder={labels.carrierPlaceholder} options={carriers} state={state} defaultValue={current?.carrier} />
      <PortalText form={f} name="tracking_number" label={labels.trackingNumber} autoComplete="off" state={state} defaultValue={current?.tracking_number} />
      <FormStatus state={state} />
      <button type="submit" className="btn-primary" disabled={pending}>
        {labels.submit}
      </button>
    </form>
  )
}

/** Unpacks a parcel that has not shipped; a refusal (it shipped meanwhile) shows next to the button. */
export function CancelPackForm({ locale, orderId, fulfilmentId, label }: ParcelProps & { label: string }) {
  const [state, action, pending] = useActionState(cancelPackAction, INITIAL)
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="order_id" value={orderId} />
      <input type="hidden" name="fulfillment_id" value={fulfilmentId} />
      <FormStatus state={state} />
      <button type="submit" className="link text-sm" disabled={pending}>
        {label}
      </button>
    </form>
  )
}
