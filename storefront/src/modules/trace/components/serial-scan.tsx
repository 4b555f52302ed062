"use client"

import type { StorefrontLocale } from "@seleno/domain"
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from "react"
import type { Messages } from "@/i18n"
import { format, formatDate, plural } from "@/i18n/format"
import type { ScanSummary, SerialScans } from "@/lib/data/trace"
import { serialFromPath } from "@/lib/serial-code"
import { ReportForm } from "@/modules/report-case/components/report-form"
import { ShareScanLocation } from "./share-scan-location"

type ScanState = { kind: "checking" } | { kind: "failed" } | SerialScans

interface SerialView {
  gtin: string
  lot: string
  serial: string | null
  state: ScanState
  /** After the visitor shared a location: the summary the backend answered (no scan was added). */
  update: (scans: ScanSummary) => void
}

const SerialContext = createContext<SerialView | null>(null)

function useSerialView(): SerialView {
  const view = useContext(SerialContext)
  if (!view) throw new Error("SerialScanProvider is missing around the serial trace page")
  return view
}

async function reportView(code: { gtin: string; lot: string; serial: string }): Promise<SerialScans> {
  const response = await fetch("/api/trace/scans", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(code),
  })
  if (!response.ok) throw new Error(`POST /api/trace/scans answered ${response.status}`)
  return (await response.json()) as SerialScans
}

/**
 * The package-specific part of a serial trace page. The page is cached per batch and language;
 * here, in the browser, the serial is read from the address and the view is reported once, which
 * counts the scan and answers the code's summary.
 */
export function SerialScanProvider({ gtin, lot, children }: { gtin: string; lot: string; children: ReactNode }) {
  const [serial, setSerial] = useState<string | null>(null)
  const [state, setState] = useState<ScanState>({ kind: "checking" })
  const reported = useRef(false)

  useEffect(() => {
    if (reported.current) return
    reported.current = true
    const code = serialFromPath(window.location.pathname)
    setSerial(code)
    if (!code) return setState({ kind: "unknown" })
    reportView({ gtin, lot, serial: code }).then(setState, () => setState({ kind: "failed" }))
  }, [gtin, lot])

  const view: SerialView = { gtin, lot, serial, state, update: (scans) => setState({ kind: "found", scans }) }
  return <SerialContext.Provider value={view}>{children}</SerialContext.Provider>
}

export type ScanTexts = Pick<
  Messages["trace"],
  "scans" | "scanCount" | "scanPlaces" | "counterfeitTitle" | "counterfeitBody" | "scanChecking" | "scanFailed" | "shareLocation"
>

/** How often this serial has been scanned, with a prominent warning once staff confirmed a counterfeit. */
function ScanNotice({ scans, locale, texts }: { scans: ScanSummary; locale: StorefrontLocale; texts: ScanTexts }) {
  return (
    <section aria-labelledby="scans-title" className="space-y-3">
      {scans.counterfeit_warning ? (
        <div role="alert" className="rounded-lg border-2 border-danger-700 bg-red-50 p-4 text-danger-700">
          <p className="text-lg font-bold">
            <span aria-hidden="true">⚠ </span>
            {texts.counterfeitTitle}
          </p>
          <p className="mt-1 text-stone-900">{texts.counterfeitBody}</p>
        </div>
      ) : null}
      <h2 id="scans-title" className="sr-only">
        {texts.scans}
      </h2>
      <p className="rounded-md bg-stone-100 p-3 text-sm text-stone-900" data-testid="scan-count">
        {plural(texts.scanCount, scans.scan_count, locale, {
          date: scans.first_scanned_at ? formatDate(scans.first_scanned_at, locale, true) : "—",
        })}
        {scans.networks > 1 ? <span className="block">{format(texts.scanPlaces, { places: scans.networks })}</span> : null}
      </p>
    </section>
  )
}

/**
 * The serial page's body: the batch record with the code's scans above it, or, for a code the
 * batch does not hold, the warning instead of the record.
 */
export function SerialScanOutcome(props: {
  locale: StorefrontLocale
  texts: ScanTexts
  voided: boolean
  notice: ReactNode
  record: ReactNode
  unknown: ReactNode
}) {
  const { gtin, lot, serial, state, update } = useSerialView()
  if (state.kind === "unknown") return props.unknown
  return (
    <>
      {props.notice}
      <div className="mb-8 space-y-3">
        {state.kind === "found" ? (
          <>
            <ScanNotice scans={state.scans} locale={props.locale} texts={props.texts} />
            {props.voided || !serial ? null : <ShareScanLocation code={{ gtin, lot, serial }} labels={props.texts.shareLocation} onShared={update} />}
          </>
        ) : (
          <p role="status" className="rounded-md bg-stone-100 p-3 text-sm text-stone-700">
            {state.kind === "failed" ? props.texts.scanFailed : props.texts.scanChecking}
          </p>
        )}
      </div>
      {props.record}
    </>
  )
}

/** The certified badge speaks for the package in hand: shown once its scans are read and staff have not confirmed it counterfeit. */
export function UnlessCounterfeit({ children }: { children: ReactNode }) {
  const { state } = useSerialView()
  return state.kind === "found" && !state.scans.counterfeit_warning ? children : null
}

/** The serial as read from the address. */
export function ScannedSerial() {
  return useSerialView().serial ?? "—"
}

/** A catalogue string whose `{serial}` is the code in the address. */
export function WithSerial({ template }: { template: string }) {
  return format(template, { serial: useSerialView().serial ?? "" })
}

/** The report form, about this package's code. */
export function SerialReportForm({ locale, messages }: { locale: StorefrontLocale; messages: Messages["reports"] }) {
  const { gtin, lot, serial } = useSerialView()
  return <ReportForm locale={locale} subject={{ gtin, lot, ...(serial ? { serial } : {}) }} messages={messages} />
}
