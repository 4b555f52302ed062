"use client"

import { useEffect } from "react"
import { announceCartChange } from "./cart-count"

/** Rendered by pages that read the cart (cart, checkout): hands the header the count they saw. */
export function CartCountSync({ count }: { count: number }) {
  useEffect(() => announceCartChange(count), [count])
  return null
}
