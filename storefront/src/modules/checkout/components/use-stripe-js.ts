"use client"

import { useEffect, useState } from "react"
import type { Stripe } from "@stripe/stripe-js"
// The "pure" entry adds Stripe's script only when loadStripe is called (the main entry adds it on import).
import { loadStripe } from "@stripe/stripe-js/pure"

export type StripeJsState = { status: "idle" | "loading" | "unavailable"; stripe?: undefined } | { status: "ready"; stripe: Stripe }

const LOAD_TIMEOUT_MS = 10_000
let pending: Promise<Stripe | null> | undefined

function load(key: string, locale: string): Promise<Stripe | null> {
  pending ??= Promise.race([
    loadStripe(key, { locale: locale === "en" ? "en" : "zh" }),
    new Promise<null>((_, reject) => setTimeout(() => reject(new Error("Stripe.js load timed out")), LOAD_TIMEOUT_MS)),
  ]).catch((error: unknown) => {
    pending = undefined // a later choice may try again
    throw error
  })
  return pending
}

/**
 * Loads Stripe.js (the storefront's one outside script) only once the shopper picks a Stripe
 * method. Blocked, failing or slow: "unavailable", never an error thrown at the page.
 */
export function useStripeJs(publishableKey: string | undefined, wanted: boolean, locale: string): StripeJsState {
  const [state, setState] = useState<StripeJsState>({ status: "idle" })
  useEffect(() => {
    if (!wanted || !publishableKey || state.status === "ready" || state.status === "loading") return
    let live = true
    setState({ status: "loading" })
    load(publishableKey, locale).then(
      (stripe) => live && setState(stripe ? { status: "ready", stripe } : { status: "unavailable" }),
      (error: unknown) => {
        console.warn("Stripe.js unavailable", error instanceof Error ? error.message : error)
        if (live) setState({ status: "unavailable" })
      }
    )
    return () => {
      live = false
    }
    // Retry only when the shopper picks a Stripe method again.
  }, [wanted, publishableKey, locale])
  return state
}
