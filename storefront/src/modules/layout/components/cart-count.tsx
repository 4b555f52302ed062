"use client"

import { usePathname } from "next/navigation"
import { useEffect, useState } from "react"

/** Fired (on window) by anything that changes the cart; `detail.count` when the sender knows it. */
export const CART_CHANGED_EVENT = "seleno:cart-changed"

export function announceCartChange(count?: number) {
  window.dispatchEvent(new CustomEvent(CART_CHANGED_EVENT, { detail: { count } }))
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
      const known = (event as CustomEvent<{ count?: number }>).detail?.count
      if (typeof known === "number") setCount(known)
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
