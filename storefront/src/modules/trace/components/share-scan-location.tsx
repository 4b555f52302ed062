"use client"

import { coarseLocation, type PublicScanSummary, type PublicSerialResponse } from "@seleno/domain"
import { useEffect, useState } from "react"
import { format } from "@/i18n/format"

export interface ShareScanLocationLabels {
  prompt: string
  button: string
  locating: string
  /** "{latitude}" and "{longitude}" are the coarse cell the scan now counts in. */
  shared: string
  denied: string
  failed: string
}

type State = "unsupported" | "idle" | "locating" | "shared" | "denied" | "failed"

/**
 * Optional: a visitor may share roughly where they scanned, so counterfeit signals count real
 * places rather than network prefixes. Only the 0.1° cell leaves the browser; without
 * JavaScript or geolocation the offer is simply absent.
 */
export function ShareScanLocation({
  code,
  labels,
  onShared,
}: {
  code: { gtin: string; lot: string; serial: string }
  labels: ShareScanLocationLabels
  /** Receives the code's summary as the backend answered it after the move. */
  onShared: (scans: PublicScanSummary) => void
}) {
  const [state, setState] = useState<State>("unsupported")
  const [cell, setCell] = useState<{ latitude: string; longitude: string } | null>(null)

  useEffect(() => {
    if ("geolocation" in navigator) setState("idle")
  }, [])

  async function send(position: GeolocationPosition) {
    const location = coarseLocation({ latitude: position.coords.latitude, longitude: position.coords.longitude })
    const response = await fetch("/api/scan-location", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ...code, ...location }),
    })
    if (!response.ok) return setState("failed")
    const { scans } = (await response.json()) as PublicSerialResponse
    setCell({ latitude: location.latitude.toFixed(1), longitude: location.longitude.toFixed(1) })
    setState("shared")
    onShared(scans)
  }

  function share() {
    setState("locating")
    navigator.geolocation.getCurrentPosition(
      (position) => void send(position).catch(() => setState("failed")),
      (error) => setState(error.code === error.PERMISSION_DENIED ? "denied" : "failed"),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 600_000 }
    )
  }

  if (state === "unsupported") return null
  const message = { idle: labels.prompt, locating: labels.locating, shared: cell ? format(labels.shared, cell) : "", denied: labels.denied, failed: labels.failed }[state]
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm text-stone-700" data-testid="share-location">
      <p role="status" aria-live="polite">
        {message}
      </p>
      {state === "idle" || state === "failed" ? (
        <button type="button" onClick={share} className="rounded-md border border-brand-700 px-3 py-1.5 font-medium text-brand-800 hover:bg-brand-50 focus-visible:outline focus-visible:outline-2 focus-visible:outline-brand-700">
          {labels.button}
        </button>
      ) : null}
    </div>
  )
}
