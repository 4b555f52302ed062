import type { Metadata } from "next"
import { headers } from "next/headers"
import { notFound } from "next/navigation"
import { ReportForm } from "@/modules/report-case/components/report-form"
import { TraceHeader, TraceRecord, traceLinkPath } from "@/modules/trace/components/trace-record"
import { VoidedNotice } from "@/modules/trace/components/trace-notices"
import { format, getMessages } from "@/i18n"
import { getBatch } from "@/lib/data/trace"
import { traceLocale } from "@/lib/trace-request"

async function localeOf(searchParams: Promise<Record<string, string | string[] | undefined>>) {
  return traceLocale((await searchParams).lang, (await headers()).get("accept-language"))
}

export async function generateMetadata({ params, searchParams }: PageProps<"/01/[gtin]/10/[lot]">): Promise<Metadata> {
  const { gtin, lot } = await params
  const locale = await localeOf(searchParams)
  const t = getMessages(locale).trace
  const batch = await getBatch(locale, gtin, lot)
  if (!batch) return { title: t.notFoundTitle, robots: { index: false } }
  const path = traceLinkPath(batch.gtin, batch.lot)
  const values = { product: batch.product.title, lot: batch.lot }
  return {
    title: { absolute: format(t.metaTitle, values) },
    description: format(t.metaDescription, values),
    alternates: {
      canonical: path,
      languages: { "zh-CN": `${path}?lang=zh-CN`, en: `${path}?lang=en`, "x-default": path },
    },
    openGraph: { type: "website", title: format(t.metaTitle, values), url: path },
  }
}

/** GS1 Digital Link batch record (/01/{gtin}/10/{lot}): shows the record (and a withdrawal first) and counts no scan. */
export default async function BatchTracePage({ params, searchParams }: PageProps<"/01/[gtin]/10/[lot]">) {
  const { gtin, lot } = await params
  const locale = await localeOf(searchParams)
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
