import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { ReportForm } from "@/modules/report-case/components/report-form"
import { TraceHeader, TraceRecord, traceLinkPath } from "@/modules/trace/components/trace-record"
import { VoidedNotice } from "@/modules/trace/components/trace-notices"
import { getMessages, resolveLocale } from "@/i18n"
import { getBatch } from "@/lib/data/trace"
import { traceMetadata } from "@/modules/trace/trace-metadata"

// Rendered on first visit and cached per language (see the layout).
export function generateStaticParams(): { gtin: string; lot: string }[] {
  return []
}

export async function generateMetadata({ params }: PageProps<"/trace/[locale]/01/[gtin]/10/[lot]">): Promise<Metadata> {
  const { gtin, lot, locale: raw } = await params
  const locale = resolveLocale(raw)
  return traceMetadata(await getBatch(locale, gtin, lot), locale, "batch")
}

/** GS1 Digital Link batch record (/01/{gtin}/10/{lot}): shows the record (and a withdrawal first) and counts no scan. */
export default async function BatchTracePage({ params }: PageProps<"/trace/[locale]/01/[gtin]/10/[lot]">) {
  const { gtin, lot, locale: raw } = await params
  const locale = resolveLocale(raw)
  const batch = await getBatch(locale, gtin, lot)
  if (!batch) notFound()
  return (
    <>
      <TraceHeader locale={locale} path={traceLinkPath(gtin, lot)} />
      <VoidedNotice batch={batch} locale={locale} />
      <TraceRecord batch={batch} locale={locale} />
      <ReportForm locale={locale} subject={{ gtin, lot }} messages={getMessages(locale).reports} />
    </>
  )
}
