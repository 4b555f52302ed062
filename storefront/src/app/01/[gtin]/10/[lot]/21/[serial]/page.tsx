import type { Metadata } from "next"
import { headers } from "next/headers"
import { notFound } from "next/navigation"
import { ScanNotice, TraceHeader, TraceRecord, traceLinkPath } from "@/modules/trace/components/trace-record"
import { UnknownSerialWarning, VoidedNotice } from "@/modules/trace/components/trace-notices"
import { ShareScanLocation } from "@/modules/trace/components/share-scan-location"
import { ReportForm } from "@/modules/report-case/components/report-form"
import { format, getMessages } from "@/i18n"
import { getBatch, getSerialScans, recordScan } from "@/lib/data/trace"
import { isPageView, traceLocale, visitorOf } from "@/lib/trace-request"

export async function generateMetadata({ params, searchParams }: PageProps<"/01/[gtin]/10/[lot]/21/[serial]">): Promise<Metadata> {
  const { gtin, lot } = await params
  const locale = traceLocale((await searchParams).lang, (await headers()).get("accept-language"))
  const t = getMessages(locale).trace
  const batch = await getBatch(locale, gtin, lot)
  // One package's code: never indexed; the batch page is the canonical record.
  if (!batch) return { title: t.notFoundTitle, robots: { index: false } }
  const values = { product: batch.product.title, lot: batch.lot }
  return {
    title: { absolute: format(t.metaTitle, values) },
    description: format(t.metaDescription, values),
    robots: { index: false, follow: true },
    alternates: { canonical: traceLinkPath(batch.gtin, batch.lot) },
  }
}

/**
 * GS1 Digital Link record of one package (/01/{gtin}/10/{lot}/21/{serial}): the batch record plus
 * the serial's scan history. A real page view records one scan; HEAD requests, prefetches and
 * withdrawn batches only read. A serial the batch does not hold gets a warning, not a 404.
 */
export default async function SerialTracePage({ params, searchParams }: PageProps<"/01/[gtin]/10/[lot]/21/[serial]">) {
  const { gtin, lot, serial } = await params
  const h = await headers()
  const locale = traceLocale((await searchParams).lang, h.get("accept-language"))
  const batch = await getBatch(locale, gtin, lot)
  if (!batch) notFound()
  let result = isPageView(h) && !batch.voided ? await recordScan(gtin, lot, serial, visitorOf(h)) : await getSerialScans(gtin, lot, serial)
  // Over the network's hourly quota nothing was counted: the page still shows the summary.
  if (result.kind === "rate_limited") result = await getSerialScans(gtin, lot, serial)
  const path = traceLinkPath(gtin, lot, serial)
  if (result.kind !== "found") {
    return (
      <>
        <TraceHeader locale={locale} path={path} />
        <UnknownSerialWarning batch={batch} serial={serial} locale={locale} />
        <ReportForm locale={locale} subject={{ gtin, lot, serial }} messages={getMessages(locale).reports} />
      </>
    )
  }
  return (
    <>
      <TraceHeader locale={locale} path={path} />
      <VoidedNotice batch={batch} locale={locale} />
      <div className="mb-8 space-y-3">
        <ScanNotice scans={result.scans} locale={locale} />
        {batch.voided ? null : <ShareScanLocation code={{ gtin, lot, serial }} labels={getMessages(locale).trace.shareLocation} />}
      </div>
      <TraceRecord batch={batch} locale={locale} serial={serial} counterfeit={result.scans.counterfeit_warning} />
      <ReportForm locale={locale} subject={{ gtin, lot, serial }} messages={getMessages(locale).reports} />
    </>
  )
}
