import type { Metadata } from "next"
import { LegalPage } from "@/modules/layout/components/legal-page"
import { getMessages, resolveLocale } from "@/i18n"
import { alternatesFor } from "@/lib/site"

export async function generateMetadata({ params }: PageProps<"/[locale]/terms">): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  const t = getMessages(locale).legal
  return { title: t.termsTitle, description: t.termsIntro, alternates: alternatesFor(locale, "/terms") }
}

export default async function TermsPage({ params }: PageProps<"/[locale]/terms">) {
  const locale = resolveLocale((await params).locale)
  const t = getMessages(locale).legal
  return <LegalPage title={t.termsTitle} intro={t.termsIntro} items={t.termsItems} />
}
