import type { Metadata } from "next"
import { LegalPage } from "@/modules/layout/components/legal-page"
import { getMessages, resolveLocale } from "@/i18n"
import { alternatesFor } from "@/lib/site"

export async function generateMetadata({ params }: PageProps<"/[locale]/contact">): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  const t = getMessages(locale).legal
  return { title: t.contactTitle, description: t.contactIntro, alternates: alternatesFor(locale, "/contact") }
}

export default async function ContactPage({ params }: PageProps<"/[locale]/contact">) {
  const locale = resolveLocale((await params).locale)
  const t = getMessages(locale).legal
  return <LegalPage title={t.contactTitle} intro={t.contactIntro} items={t.contactItems} />
}
