import type { Metadata } from "next"
import { getMessages, resolveLocale } from "@/i18n"
import { JoinForm } from "@/modules/portal/components/team-forms"

export async function generateMetadata({ params }: PageProps<"/[locale]/portal/join">): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  return { title: getMessages(locale).portal.join.title, robots: { index: false } }
}

/** Where an invitation link leads: the colleague sets a password and joins the inviting enterprise. */
export default async function PortalJoinPage({ params, searchParams }: PageProps<"/[locale]/portal/join">) {
  const locale = resolveLocale((await params).locale)
  const t = getMessages(locale).portal.join
  const token = (await searchParams).token
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold text-stone-900">{t.title}</h1>
      {typeof token === "string" && token ? (
        <>
          <p className="text-stone-700">{t.intro}</p>
          <JoinForm locale={locale} token={token} labels={t} />
        </>
      ) : (
        <p role="alert" className="field-error">
          {t.missingToken}
        </p>
      )}
    </div>
  )
}
