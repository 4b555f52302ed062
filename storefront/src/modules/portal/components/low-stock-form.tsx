"use client"

import { useActionState } from "react"
import type { PortalFormState } from "@/lib/actions/portal-guard"
import { setLowStockThresholdAction } from "@/lib/actions/portal-products"
import { FormStatus, PortalText } from "./fields"

const INITIAL: PortalFormState = { status: "idle" }

/** A variant's low-stock threshold; empty removes it. */
export function LowStockForm({
  locale,
  productId,
  variant,
  labels,
}: {
  locale: string
  productId: string
  variant: { id: string; title: string; threshold: string }
  labels: { threshold: string; save: string; saveFor: string }
}) {
  const [state, action, pending] = useActionState(setLowStockThresholdAction, INITIAL)
  const f = `low-stock-${variant.id}`
  return (
    <form action={action} noValidate className="flex flex-wrap items-start gap-3" aria-label={labels.saveFor} data-testid="low-stock-form">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="product_id" value={productId} />
      <input type="hidden" name="variant_id" value={variant.id} />
      <input type="hidden" name="variant_title" value={variant.title} />
      <div className="w-36">
        <PortalText form={f} name="threshold" label={labels.threshold} inputMode="numeric" state={state} defaultValue={variant.threshold} />
      </div>
      <div className="pt-6">
        <button type="submit" className="btn-secondary" disabled={pending}>
          {labels.save}
        </button>
      </div>
      <div className="basis-full">
        <FormStatus state={state} />
      </div>
    </form>
  )
}
