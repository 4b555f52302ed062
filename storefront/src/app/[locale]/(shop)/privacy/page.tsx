import type { Metadata } from "next"
import { LegalPage } from "@/modules/layout/components/legal-page"
import { getMessages, resolveLocale } from "@/i18n"
import { alternatesFor } from "@/lib/site"

export async function generateMetadata({ params }: PageProps<"/[locale]/privacy">): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  const t = getMessages(locale).legal
  return { title: t.privacyTitle, description: t.privacyIntro, alternates: alternatesFor(locale, "/privacy") }
}

export default async function PrivacyPage({ params }: PageProps<"/[locale]/privacy">) {
  const locale = resolveLocale((await params).locale)
  const t = getMessages(locale).legal
  return <LegalPage title={t.privacyTitle} intro={t.privacyIntro} items={t.privacyItems} />
}
