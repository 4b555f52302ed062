"use client"

import { AFTER_SALES_KINDS, AFTER_SALES_REASONS_BY_KIND, type AfterSalesKind } from "@seleno/domain"
import { useActionState, useState } from "react"
import { requestAfterSalesAction, type AfterSalesFormState } from "@/lib/actions/after-sales"

const INITIAL: AfterSalesFormState = { status: "idle" }

export interface RequestFormLabels {
  formTitle: string
  kind: string
  reason: string
  items: string
  note: string
  photos: string
  submit: string
  kinds: Record<AfterSalesKind, string>
  reasons: Record<string, string>
}

/**
 * A shopper's request for one enterprise's parcel: kind, reason (only those that fit the kind),
 * a quantity per item (0 = not this one), a note and up to three photos. Works without JavaScript
 * as a plain multipart post; the backend decides every rule and its code is worded by the action.
 */
export function AfterSalesRequestForm({
  locale,
  orderId,
  enterpriseId,
  items,
  labels,
}: {
  locale: string
  orderId: string
  enterpriseId: string
  items: { id: string; label: string; max: number }[]
  labels: RequestFormLabels
}) {
  const [state, action, pending] = useActionState(requestAfterSalesAction, INITIAL)
  const [kind, setKind] = useState<AfterSalesKind>("return_refund")
  const id = `as-${enterpriseId}`
  return (
    <form action={action} noValidate className="space-y-3" aria-labelledby={`${id}-title`} key={state.status === "ok" ? state.at : undefined} data-testid="after-sales-form">
      <h3 id={`${id}-title`} className="font-semibold">
        {labels.formTitle}
      </h3>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="order_id" value={orderId} />
      <input type="hidden" name="enterprise_id" value={enterpriseId} />
      <div>
        <label htmlFor={`${id}-kind`} className="block text-sm font-medium">
          {labels.kind}
        </label>
        <select id={`${id}-kind`} name="kind" value={kind} onChange={(e) => setKind(e.target.value as AfterSalesKind)} className="mt-1 min-h-11 w-full rounded-md border border-stone-300 px-3">
          {AFTER_SALES_KINDS.map((k) => (
            <option key={k} value={k}>
              {labels.kinds[k]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={`${id}-reason`} className="block text-sm font-medium">
          {labels.reason}
        </label>
        <select id={`${id}-reason`} name="reason" className="mt-1 min-h-11 w-full rounded-md border border-stone-300 px-3">
          {AFTER_SALES_REASONS_BY_KIND[kind].map((r) => (
            <option key={r} value={r}>
              {labels.reasons[r]}
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend className="text-sm font-medium">{labels.items}</legend>
        {items.map((item) => (
          <div key={item.id} className="mt-2">
            <label htmlFor={`${id}-qty-${item.id}`} className="block text-sm">
              {item.label}
            </label>
            <input
              id={`${id}-qty-${item.id}`}
              name={`qty_${item.id}`}
              type="number"
              inputMode="numeric"
              min={0}
              max={item.max}
              defaultValue={items.length === 1 ? 1 : 0}
              className="mt-1 min-h-11 w-28 rounded-md border border-stone-300 px-3"
            />
          </div>
        ))}
      </fieldset>
      <div>
        <label htmlFor={`${id}-note`} className="block text-sm font-medium">
          {labels.note}
        </label>
        <textarea id={`${id}-note`} name="note" maxLength={500} rows={3} className="mt-1 w-full rounded-md border border-stone-300 px-3 py-2" />
      </div>
      <div>
        <label htmlFor={`${id}-photos`} className="block text-sm font-medium">
          {labels.photos}
        </label>
        <input id={`${id}-photos`} name="photos" type="file" accept="image/png,image/jpeg,image/webp" multiple className="mt-1 block text-sm" />
      </div>
      {state.message ? (
        <p role={state.status === "error" ? "alert" : "status"} className={state.status === "error" ? "text-sm text-red-700" : "text-sm text-green-800"} data-testid="after-sales-message">
          {state.message}
        </p>
      ) : null}
      <button type="submit" className="btn-primary" disabled={pending}>
        {labels.submit}
      </button>
    </form>
  )
}
