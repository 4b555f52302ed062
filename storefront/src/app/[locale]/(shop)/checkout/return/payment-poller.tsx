"use client"

import { useRouter } from "next/navigation"
import { useEffect } from "react"
import type { CartOutcome } from "@/lib/data/payment"

const INTERVAL_MS = 2000

/** Asks the storefront every 2 s what became of the cart; re-renders the page once it changed. */
export function PaymentPoller({ cartId, confirmedPath }: { cartId: string; confirmedPath: string }) {
  const router = useRouter()
  useEffect(() => {
    let stopped = false
    let timer: ReturnType<typeof setTimeout>
    const poll = async () => {
      try {
        const response = await fetch(`/api/checkout/status?cart_id=${encodeURIComponent(cartId)}`, { cache: "no-store" })
        const outcome = (await response.json()) as CartOutcome
        if (stopped) return
        if (outcome.kind === "order") return router.replace(`${confirmedPath}/${outcome.orderId}`)
        if (outcome.kind === "failed" || outcome.kind === "missing") return router.refresh()
      } catch {
        // The network hiccuped: ask again.
      }
      if (!stopped) timer = setTimeout(poll, INTERVAL_MS)
    }
    timer = setTimeout(poll, INTERVAL_MS)
    return () => {
      stopped = true
      clearTimeout(timer)
    }
  }, [cartId, confirmedPath, router])
  return null
}
