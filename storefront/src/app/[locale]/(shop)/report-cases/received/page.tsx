import type { Metadata } from "next"
import Link from "next/link"
import { getMessages, resolveLocale } from "@/i18n"
import { localePath } from "@/i18n/paths"
import { receiptNumber } from "@/lib/report-case"

export async function generateMetadata({ params }: PageProps<"/[locale]/report-cases/received">): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  // A confirmation page of one shopper's report: never indexed.
  return { title: getMessages(locale).reports.received.metaTitle, robots: { index: false, follow: false } }
}

/** Where a filed report lands: its case number and what happens next. */
export default async function ReportReceivedPage({ params, searchParams }: PageProps<"/[locale]/report-cases/received">) {
  const locale = resolveLocale((await params).locale)
  const t = getMessages(locale).reports.received
  const number = receiptNumber((await searchParams).case)
  return (
    <section className="mx-auto max-w-xl space-y-4" aria-labelledby="report-received-title">
      <h1 id="report-received-title" className="text-2xl font-bold text-stone-900">
        {t.title}
      </h1>
      {number ? (
        <>
          <p role="status">
            {t.number}: <strong className="font-mono text-lg">{number}</strong>
          </p>
          <p>{t.body}</p>
          <p className="text-stone-700">{t.next}</p>
        </>
      ) : (
        <p>{t.missing}</p>
      )}
      <p>
        <Link href={localePath(locale)} className="link">
          {t.back}
        </Link>
      </p>
    </section>
  )
}
