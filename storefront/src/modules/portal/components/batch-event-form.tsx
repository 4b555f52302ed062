"use client"

import { useActionState } from "react"
import { recordBatchEventAction } from "@/lib/actions/portal-batches"
import type { PortalFormState } from "@/lib/actions/portal-guard"
import { FormStatus, PortalSelect, PortalText, PortalTextArea } from "./fields"

const INITIAL: PortalFormState = { status: "idle" }

export interface BatchEventLabels {
  title: string
  hint: string
  batch: string
  batchPlaceholder: string
  type: string
  typePlaceholder: string
  occurredOn: string
  place: string
  placeHint: string
  description: string
  submit: string
}

/** A production event (生产记录) of a batch: it shows on the batch's trace page that its QR codes open. */
export function BatchEventForm({
  locale,
  labels,
  batches,
  types,
}: {
  locale: string
  labels: BatchEventLabels
  batches: { value: string; label: string }[]
  types: { value: string; label: string }[]
}) {
  const [state, action, pending] = useActionState(recordBatchEventAction, INITIAL)
  const f = "batch-event"
  return (
    <form action={action} noValidate className="space-y-4" aria-labelledby="batch-event-title" key={state.status === "ok" ? state.at : "form"}>
      <h2 id="batch-event-title" className="text-lg font-semibold">
        {labels.title}
      </h2>
      <p className="text-sm text-stone-700">{labels.hint}</p>
      <input type="hidden" name="locale" value={locale} />
      <div className="grid gap-4 sm:grid-cols-2">
        <PortalSelect form={f} name="batch_id" label={labels.batch} placeholder={labels.batchPlaceholder} options={batches} state={state} />
        <PortalSelect form={f} name="type" label={labels.type} placeholder={labels.typePlaceholder} options={types} state={state} />
        <PortalText form={f} name="occurred_on" type="date" label={labels.occurredOn} state={state} />
        <PortalText form={f} name="place" label={labels.place} hint={labels.placeHint} state={state} />
      </div>
      <PortalTextArea form={f} name="description" label={labels.description} state={state} required={false} />
      <FormStatus state={state} />
      <button type="submit" className="btn-primary" disabled={pending}>
        {labels.submit}
      </button>
    </form>
  )
}
