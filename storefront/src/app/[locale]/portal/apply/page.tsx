import { countyChoices } from "@seleno/domain"
import type { Metadata } from "next"
import Link from "next/link"
import { redirect } from "next/navigation"
import { getMessages, resolveLocale } from "@/i18n"
import { localePath } from "@/i18n/paths"
import { getPortalSession } from "@/lib/data/portal"
import { PortalApplyForm } from "@/modules/portal/components/auth-forms"

export async function generateMetadata({ params }: PageProps<"/[locale]/portal/apply">): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  return { title: getMessages(locale).portal.apply.title }
}

export default async function PortalApplyPage({ params }: PageProps<"/[locale]/portal/apply">) {
  const locale = resolveLocale((await params).locale)
  const t = getMessages(locale).portal.apply
  if ((await getPortalSession()).state === "signed-in") redirect(localePath(locale, "/portal"))
  const lang = locale === "en" ? "en" : "zh"
  // Every county of the provinces we serve, the selenium regions' first (see docs/places.md).
  const counties = countyChoices(lang)
  const kinds = (["company", "cooperative", "family_farm"] as const).map((kind) => ({ value: kind, label: t.kinds[kind] }))
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold text-stone-900">{t.title}</h1>
      <p className="text-stone-700">{t.intro}</p>
      <PortalApplyForm locale={locale} labels={t} kinds={kinds} counties={counties} />
      <p className="text-sm">
        {t.haveAccount}{" "}
        <Link href={localePath(locale, "/portal/login")} className="link">
          {t.signIn}
        </Link>
      </p>
    </div>
  )
}
