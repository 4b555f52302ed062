"use client"

import { useActionState } from "react"
import { applyCouponAction, removeCouponAction, type CouponActionState } from "@/lib/actions/cart"
import { controlAria, LabelledField } from "@/modules/common/components/field"

export interface CouponLabels {
  label: string
  hint: string
  apply: string
  applying: string
  appliedLabel: string
  remove: string
  /** The remove button's name per code ("移除 XBH2026"). */
  removeFor: Record<string, string>
}

const INITIAL: CouponActionState = { status: "idle" }
const FIELD_ID = "coupon-code"

/**
 * The cart's coupon field and the codes already applied (each with a remove button). Refusals are
 * announced as alerts and tied to the field; successes as status messages.
 */
export function CouponForm({ locale, codes, labels }: { locale: string; codes: string[]; labels: CouponLabels }) {
  const [applied, apply, applying] = useActionState(applyCouponAction, INITIAL)
  const [removed, remove, removing] = useActionState(removeCouponAction, INITIAL)
  // One message area for both forms: the latest answer wins.
  const latest = (removed.at ?? 0) > (applied.at ?? 0) ? removed : applied
  const error = latest.status === "error" ? latest.message : undefined
  // Only a refused code marks the field invalid; a failed removal is about the applied list.
  const fieldError = latest === applied ? error : undefined
  const success = latest.status === "ok" ? latest.message : undefined
  return (
    <div className="space-y-3">
      {codes.length ? (
        <div>
          {/* Not wired as a label: "优惠码" must name only the field. */}
          <p className="text-sm text-stone-700">{labels.appliedLabel}</p>
          <ul className="mt-1 flex flex-wrap gap-2" data-testid="coupon-codes">
            {codes.map((code) => (
              <li key={code} className="flex items-center gap-1 rounded-full border border-brand-700 bg-brand-50 py-0.5 pr-0.5 pl-3 text-sm">
                <span className="font-mono font-semibold text-brand-800">{code}</span>
                <form action={remove}>
                  <input type="hidden" name="locale" value={locale} />
                  <input type="hidden" name="code" value={code} />
                  <button
                    type="submit"
                    disabled={removing}
                    aria-label={labels.removeFor[code] ?? labels.remove}
                    className="min-h-8 rounded-full px-2 text-stone-700 hover:bg-stone-200 hover:text-stone-900"
                  >
                    {labels.remove}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <form action={apply} className="space-y-2">
        <input type="hidden" name="locale" value={locale} />
        {/* The error is not passed here: it is shown below in the alert region the input points to. */}
        <LabelledField id={FIELD_ID} label={labels.label} hint={labels.hint}>
          <div className="flex gap-2">
            <input
              id={FIELD_ID}
              name="code"
              type="text"
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              maxLength={64}
              // A refused code stays in the field to correct; an accepted one clears it.
              defaultValue={applied.status === "error" ? (applied.code ?? "") : ""}
              key={applied.at ?? 0}
              {...controlAria(FIELD_ID, { hint: labels.hint, error: fieldError })}
              className="field-input min-w-0 flex-1 uppercase"
            />
            <button type="submit" className="btn-secondary shrink-0" disabled={applying} aria-disabled={applying}>
              {applying ? labels.applying : labels.apply}
            </button>
          </div>
        </LabelledField>
      </form>
      {/* Live regions exist before their text so screen readers announce it. */}
      <p id={`${FIELD_ID}-error`} role="alert" className={error ? "field-error" : "sr-only"} data-testid="coupon-error">
        {error ?? ""}
      </p>
      <div role="status" className={success ? "text-sm text-brand-700" : "sr-only"} data-testid="coupon-status">
        {success ?? ""}
      </div>
    </div>
  )
}
