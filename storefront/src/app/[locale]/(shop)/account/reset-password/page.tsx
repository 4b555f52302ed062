import type { Metadata } from "next"
import { getMessages, resolveLocale } from "@/i18n"
import { firstParam } from "@/lib/search-params"
import { ResetPasswordTemplate } from "@/modules/account/templates/reset-password"

export async function generateMetadata({ params }: PageProps<"/[locale]/account/reset-password">): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  return { title: getMessages(locale).reset.title, robots: { index: false } }
}

export default async function ResetPasswordPage({ params, searchParams }: PageProps<"/[locale]/account/reset-password">) {
  const locale = resolveLocale((await params).locale)
  const query = await searchParams
  return <ResetPasswordTemplate locale={locale} actor="customer" token={firstParam(query, "token")} email={firstParam(query, "email")} loginPath="/account" />
}
