import type { Metadata } from "next"
import { LegalPage } from "@/modules/layout/components/legal-page"
import { getMessages, resolveLocale } from "@/i18n"
import { alternatesFor } from "@/lib/site"

export async function generateMetadata({ params }: PageProps<"/[locale]/returns">): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  const t = getMessages(locale).legal
  return { title: t.returnsTitle, description: t.returnsIntro, alternates: alternatesFor(locale, "/returns") }
}

export default async function ReturnsPage({ params }: PageProps<"/[locale]/returns">) {
  const locale = resolveLocale((await params).locale)
  const t = getMessages(locale).legal
  return <LegalPage title={t.returnsTitle} intro={t.returnsIntro} items={t.returnsItems} />
}
