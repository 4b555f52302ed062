import type { Metadata } from "next"
import Link from "next/link"
import { redirect } from "next/navigation"
import { getMessages, resolveLocale } from "@/i18n"
import { localePath } from "@/i18n/paths"
import { getPortalSession } from "@/lib/data/portal"
import { PortalLoginForm } from "@/modules/portal/components/auth-forms"

export async function generateMetadata({ params }: PageProps<"/[locale]/portal/login">): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  return { title: getMessages(locale).portal.login.title }
}

export default async function PortalLoginPage({ params, searchParams }: PageProps<"/[locale]/portal/login">) {
  const locale = resolveLocale((await params).locale)
  const t = getMessages(locale).portal.login
  const session = await getPortalSession()
  if (session.state === "signed-in") redirect(localePath(locale, "/portal"))
  const signedOut = (await searchParams).signed_out === "1"
  return (
    <div className="mx-auto max-w-md space-y-4">
      {signedOut ? (
        <p role="status" className="font-medium text-brand-700">
          {t.signedOut}
        </p>
      ) : null}
      <div className="rounded-lg border border-stone-200 bg-white p-5">
        <PortalLoginForm locale={locale} labels={{ title: t.title, email: t.email, password: t.password, submit: t.submit }} />
        <p className="mt-4 text-sm">
          <Link href={localePath(locale, "/portal/reset-password")} className="link">
            {t.forgotPassword}
          </Link>
        </p>
      </div>
      <p className="text-sm">
        {t.noAccount}{" "}
        <Link href={localePath(locale, "/portal/apply")} className="link">
          {t.apply}
        </Link>
      </p>
    </div>
  )
}
