import type { Metadata } from "next"
import { getMessages, resolveLocale } from "@/i18n"
import { firstParam } from "@/lib/search-params"
import { ResetPasswordTemplate } from "@/modules/account/templates/reset-password"

export async function generateMetadata({ params }: PageProps<"/[locale]/portal/reset-password">): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  return { title: getMessages(locale).reset.title, robots: { index: false } }
}

/** An enterprise login's password reset: the link in the e-mail opens here, not in the admin. */
export default async function PortalResetPasswordPage({ params, searchParams }: PageProps<"/[locale]/portal/reset-password">) {
  const locale = resolveLocale((await params).locale)
  const query = await searchParams
  return <ResetPasswordTemplate locale={locale} actor="enterprise" token={firstParam(query, "token")} email={firstParam(query, "email")} loginPath="/portal/login" />
}
