"use client"

import { useActionState } from "react"
import { updateLineItemAction, type CartActionState } from "@/lib/actions/cart"

const INITIAL: CartActionState = { status: "idle" }

export function LineQuantityForm({
  locale,
  lineId,
  title,
  quantity,
  labels,
}: {
  locale: string
  lineId: string
  title: string
  quantity: number
  labels: { quantity: string; update: string; updateFor: string }
}) {
  const [state, action, pending] = useActionState(updateLineItemAction, INITIAL)
  const inputId = `qty-${lineId}`
  const errorId = `qty-error-${lineId}`
  const error = state.status === "error" ? state.message : undefined
  return (
    <form action={action} className="flex flex-wrap items-start gap-2">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="line_id" value={lineId} />
      <input type="hidden" name="title" value={title} />
      <label htmlFor={inputId} className="sr-only">
        {labels.quantity}
      </label>
      <input
        id={inputId}
        name="quantity"
        type="number"
        inputMode="numeric"
        min={1}
        max={999}
        defaultValue={quantity}
        key={`${quantity}-${state.at ?? 0}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        className="field-input w-20"
      />
      <button type="submit" className="btn-secondary" disabled={pending} aria-label={labels.updateFor}>
        {labels.update}
      </button>
      <p id={errorId} role="alert" className={error ? "field-error w-full" : "sr-only"}>
        {error ?? ""}
      </p>
    </form>
  )
}
