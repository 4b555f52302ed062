"use client"

import { useActionState, useState } from "react"
import type { PortalFormState } from "@/lib/actions/portal-guard"
import { deleteProductAction, saleStepAction } from "@/lib/actions/portal-listing-sale"
import { FormStatus } from "./fields"

const INITIAL: PortalFormState = { status: "idle" }

interface SaleProps {
  locale: string
  productId: string
  labels: { hint: string; submit: string }
}

/** 下架 or 上架 in one button; which one the page shows follows the listing's sale state. */
export function ListingSaleForm({ locale, productId, labels, offline }: SaleProps & { offline: boolean }) {
  const [state, action, pending] = useActionState(saleStepAction, INITIAL)
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="step" value={offline ? "online" : "offline"} />
      <input type="hidden" name="product_id" value={productId} />
      <p className="text-sm text-stone-700">{labels.hint}</p>
      <FormStatus state={state} />
      <button type="submit" className={offline ? "btn-primary" : "btn-secondary"} disabled={pending}>
        {labels.submit}
      </button>
    </form>
  )
}

/** Deleting asks once more before it sends: it cannot be undone. */
export function DeleteListingForm({ locale, productId, labels }: { locale: string; productId: string; labels: { hint: string; submit: string; confirm: string; yes: string; no: string } }) {
  const [state, action, pending] = useActionState(deleteProductAction, INITIAL)
  const [asking, setAsking] = useState(false)
  if (!asking && state.status !== "error") {
    return (
      <div className="space-y-2">
        <p className="text-sm text-stone-700">{labels.hint}</p>
        <button type="button" className="btn-secondary" onClick={() => setAsking(true)}>
          {labels.submit}
        </button>
      </div>
    )
  }
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="product_id" value={productId} />
      <p className="text-sm text-stone-800">{labels.confirm}</p>
      <div className="flex gap-2">
        <button type="submit" className="btn-primary" disabled={pending}>
          {labels.yes}
        </button>
        <button type="button" className="btn-secondary" onClick={() => setAsking(false)}>
          {labels.no}
        </button>
      </div>
      <FormStatus state={state} />
    </form>
  )
}
