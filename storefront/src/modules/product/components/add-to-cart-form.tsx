"use client"

import { useActionState, useEffect, useState } from "react"
import { announceCartChange } from "@/modules/layout/components/cart-count"
import { addToCartAction, type CartActionState } from "@/lib/actions/cart"
import { CampaignPrice, type PriceDisplay } from "./campaign-price"

export interface VariantChoice {
  id: string
  title: string
  /** Null when the variant has no price in the region. */
  price: PriceDisplay | null
  stockText: string
  soldOut: boolean
  max: number
}

export interface AddToCartLabels {
  variant: string
  price: string
  stockLabel: string
  quantity: string
  addToCart: string
  adding: string
  soldOut: string
  viewCart: string
}

const INITIAL: CartActionState = { status: "idle" }

export function AddToCartForm({
  locale,
  variants,
  labels,
  cartHref,
}: {
  locale: string
  variants: VariantChoice[]
  labels: AddToCartLabels
  cartHref: string
}) {
  const [state, action, pending] = useActionState(addToCartAction, INITIAL)
  useEffect(() => {
    if (state.status === "ok") announceCartChange()
  }, [state])
  const [selectedId, setSelectedId] = useState(() => (variants.find((v) => !v.soldOut) ?? variants[0])?.id ?? "")
  const selected = variants.find((v) => v.id === selectedId)
  const disabled = !selected || selected.soldOut || pending
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="max" value={selected?.max ?? 0} />
      {variants.length > 1 ? (
        <fieldset>
          <legend className="field-label">{labels.variant}</legend>
          <div className="flex flex-wrap gap-2">
            {variants.map((v) => (
              <label
                key={v.id}
                className="flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-stone-400 bg-white px-3 py-2 has-checked:border-brand-700 has-checked:ring-2 has-checked:ring-brand-700 has-focus-visible:outline-3 has-focus-visible:outline-blue-700"
              >
                <input
                  type="radio"
                  name="variant_id"
                  value={v.id}
                  checked={v.id === selectedId}
                  onChange={() => setSelectedId(v.id)}
                  className="size-4 accent-brand-700"
                />
                <span>{v.title}</span>
                {v.soldOut ? <span className="text-sm text-stone-600">（{labels.soldOut}）</span> : null}
              </label>
            ))}
          </div>
        </fieldset>
      ) : (
        <input type="hidden" name="variant_id" value={selectedId} />
      )}
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1" aria-live="polite">
        <dt className="text-stone-700">{labels.price}</dt>
        <dd className="text-2xl font-bold text-earth-700" data-testid="product-price">
          {selected?.price ? <CampaignPrice price={selected.price} size="lg" /> : "—"}
        </dd>
        <dt className="text-stone-700">{labels.stockLabel}</dt>
        <dd data-testid="stock-state" className={selected?.soldOut ? "font-semibold text-danger-700" : "text-stone-900"}>
          {selected?.stockText}
        </dd>
      </dl>
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="quantity" className="field-label">
            {labels.quantity}
          </label>
          <input
            id="quantity"
            name="quantity"
            type="number"
            inputMode="numeric"
            min={1}
            max={Math.max(1, selected?.max ?? 1)}
            defaultValue={1}
            required
            className="field-input w-24"
          />
        </div>
        <button type="submit" className="btn-primary" disabled={disabled} aria-disabled={disabled}>
          {pending ? labels.adding : labels.addToCart}
        </button>
      </div>
      <div aria-live="polite" role="status" className="min-h-6">
        {state.status === "ok" ? (
          <p className="text-brand-700" key={state.at}>
            {state.message}{" "}
            <a href={cartHref} className="link">
              {labels.viewCart}
            </a>
          </p>
        ) : null}
        {state.status === "error" ? (
          <p className="font-medium text-danger-700" key={state.at}>
            {state.message}
          </p>
        ) : null}
      </div>
    </form>
  )
}
