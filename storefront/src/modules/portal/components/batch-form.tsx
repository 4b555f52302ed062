"use client"

import { useActionState } from "react"
import { createBatchAction } from "@/lib/actions/portal-batches"
import type { PortalFormState } from "@/lib/actions/portal-guard"
import { FormStatus, PortalSelect, PortalText } from "./fields"

const INITIAL: PortalFormState = { status: "idle" }

export interface BatchFormLabels {
  create: string
  lot: string
  lotHint: string
  variant: string
  variantPlaceholder: string
  producedOn: string
  quantity: string
  inspection: string
  inspectionLab: string
  inspectedOn: string
  submit: string
}

export function BatchForm({ locale, labels, variants }: { locale: string; labels: BatchFormLabels; variants: { value: string; label: string }[] }) {
  const [state, action, pending] = useActionState(createBatchAction, INITIAL)
  const f = "batch"
  return (
    <form action={action} noValidate className="space-y-4" aria-labelledby="batch-title" key={state.status === "ok" ? state.at : "form"}>
      <h2 id="batch-title" className="text-lg font-semibold">
        {labels.create}
      </h2>
      <input type="hidden" name="locale" value={locale} />
      <div className="grid gap-4 sm:grid-cols-2">
        <PortalSelect form={f} name="variant_id" label={labels.variant} placeholder={labels.variantPlaceholder} options={variants} state={state} />
        <PortalText form={f} name="lot" label={labels.lot} hint={labels.lotHint} state={state} />
        <PortalText form={f} name="produced_on" type="date" label={labels.producedOn} state={state} />
        <PortalText form={f} name="quantity" label={labels.quantity} inputMode="numeric" state={state} />
        <PortalText form={f} name="inspection_mg_per_kg" label={labels.inspection} state={state} required={false} />
        <PortalText form={f} name="inspection_lab" label={labels.inspectionLab} state={state} required={false} />
        <PortalText form={f} name="inspected_on" type="date" label={labels.inspectedOn} state={state} required={false} />
      </div>
      <FormStatus state={state} />
      <button type="submit" className="btn-primary" disabled={pending}>
        {labels.submit}
      </button>
    </form>
  )
}
