import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getMessages, resolveLocale } from "@/i18n"
import { getBatch } from "@/lib/data/trace"
import { traceMetadata } from "@/modules/trace/trace-metadata"
import { UnknownSerialWarning, VoidedNotice } from "@/modules/trace/components/trace-notices"
import { TraceHeader, TraceRecord } from "@/modules/trace/components/trace-record"
import {
  ScannedSerial,
  SerialReportForm,
  SerialScanOutcome,
  SerialScanProvider,
  UnlessCounterfeit,
  type ScanTexts,
} from "@/modules/trace/components/serial-scan"

// Rendered on first visit and cached per batch and language (see the layout); the proxy rewrites
// every package of the batch (/01/{gtin}/10/{lot}/21/{serial}) here.
export function generateStaticParams(): { gtin: string; lot: string }[] {
  return []
}

export async function generateMetadata({ params }: PageProps<"/trace/[locale]/01/[gtin]/10/[lot]/21">): Promise<Metadata> {
  const { gtin, lot, locale: raw } = await params
  const locale = resolveLocale(raw)
  return traceMetadata(await getBatch(locale, gtin, lot), locale, "serial")
}

/**
 * GS1 Digital Link record of one package (/01/{gtin}/10/{lot}/21/{serial}): the batch record plus
 * the serial's scans. The server never sees the serial, so every package of a batch shares one
 * cached page; in the browser the page reads the serial, reports the view (which counts the scan)
 * and shows the count, a confirmed counterfeit, or that the batch holds no such code.
 */
export default async function SerialTracePage({ params }: PageProps<"/trace/[locale]/01/[gtin]/10/[lot]/21">) {
  const { gtin, lot, locale: raw } = await params
  const locale = resolveLocale(raw)
  const batch = await getBatch(locale, gtin, lot)
  if (!batch) notFound()
  const messages = getMessages(locale)
  const t = messages.trace
  const texts: ScanTexts = {
    scans: t.scans,
    scanCount: t.scanCount,
    scanPlaces: t.scanPlaces,
    counterfeitTitle: t.counterfeitTitle,
    counterfeitBody: t.counterfeitBody,
    scanChecking: t.scanChecking,
    scanFailed: t.scanFailed,
    shareLocation: t.shareLocation,
  }
  return (
    <SerialScanProvider gtin={gtin} lot={lot}>
      {/* A relative link keeps the serial of the address and changes only the language. */}
      <TraceHeader locale={locale} path="" />
      <noscript>
        <p className="mb-4 rounded-md bg-stone-100 p-3 text-sm text-stone-900">{t.scanNoScript}</p>
      </noscript>
      <SerialScanOutcome
        locale={locale}
        texts={texts}
        voided={Boolean(batch.voided)}
        notice={<VoidedNotice batch={batch} locale={locale} />}
        record={
          <TraceRecord
            batch={batch}
            locale={locale}
            serialParts={{ serial: <ScannedSerial />, badgeGate: (badge) => <UnlessCounterfeit>{badge}</UnlessCounterfeit> }}
          />
        }
        unknown={<UnknownSerialWarning batch={batch} locale={locale} />}
      />
      <SerialReportForm locale={locale} messages={messages.reports} />
    </SerialScanProvider>
  )
}
