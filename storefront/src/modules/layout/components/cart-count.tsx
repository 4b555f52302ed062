"use client"

import { usePathname } from "next/navigation"
import { useEffect, useState } from "react"

/**
 * Fired (on window) by anything that changes the cart: `count` when the sender knows the new
 * count, `adding` when it has just asked for that many more (shown at once, then confirmed by
 * the announcement that follows the answer), nothing to make the header ask.
 */
export const CART_CHANGED_EVENT = "seleno:cart-changed"

export interface CartChange {
  count?: number
  adding?: number
}

export function announceCartChange(change: CartChange = {}) {
  window.dispatchEvent(new CustomEvent<CartChange>(CART_CHANGED_EVENT, { detail: change }))
}

/**
 * The header's cart count. The header is part of cached pages, so the count is fetched by the
 * browser: on load, after every navigation and whenever a cart action announces a change.
 */
export function CartCount({ locale }: { locale: string }) {
  const pathname = usePathname()
  const [count, setCount] = useState<number | null>(null)

  useEffect(() => {
    let current = true
    const load = async () => {
      try {
        const response = await fetch(`/api/cart/count?locale=${encodeURIComponent(locale)}`, { cache: "no-store" })
        const body = (await response.json()) as { count: number | null }
        if (current && typeof body.count === "number") setCount(body.count)
      } catch {
        // Offline or the server is restarting: keep the figure shown.
      }
    }
    const onChange = (event: Event) => {
      const { count: known, adding } = (event as CustomEvent<CartChange>).detail ?? {}
      if (typeof known === "number") setCount(known)
      else if (typeof adding === "number") setCount((shown) => (shown ?? 0) + adding)
      else void load()
    }
    void load()
    window.addEventListener(CART_CHANGED_EVENT, onChange)
    return () => {
      current = false
      window.removeEventListener(CART_CHANGED_EVENT, onChange)
    }
  }, [locale, pathname])

  return (
    <span data-testid="cart-count" className="rounded-full bg-brand-700 px-2 text-xs leading-5 text-white">
      {count ?? "·"}
    </span>
  )
}
