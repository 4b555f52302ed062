import type { Metadata } from "next"
import { NewPasswordForm, ResetRequestForm } from "@/modules/account/components/auth-forms"
import { getMessages, resolveLocale } from "@/i18n"
import { localePath } from "@/i18n/paths"
import { firstParam } from "@/lib/search-params"

export async function generateMetadata({ params }: PageProps<"/[locale]/account/reset-password">): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  return { title: getMessages(locale).reset.title, robots: { index: false } }
}

export default async function ResetPasswordPage({ params, searchParams }: PageProps<"/[locale]/account/reset-password">) {
  const locale = resolveLocale((await params).locale)
  const query = await searchParams
  const t = getMessages(locale)
  const token = firstParam(query, "token")
  const email = firstParam(query, "email")
  return (
    <div className="mx-auto max-w-md rounded-lg border border-stone-200 bg-white p-6">
      <h1 className="text-2xl font-bold text-stone-900">{t.reset.title}</h1>
      {token && email ? (
        <div className="mt-4">
          <NewPasswordForm
            locale={locale}
            email={email}
            token={token}
            loginHref={localePath(locale, "/account")}
            labels={{ password: t.reset.newPassword, hint: t.account.passwordHint, submit: t.reset.setPassword, goLogin: t.reset.goLogin }}
          />
        </div>
      ) : (
        <div className="mt-4 space-y-4">
          <p className="text-stone-700">{t.reset.requestBody}</p>
          <ResetRequestForm locale={locale} labels={{ email: t.account.email, submit: t.reset.send }} />
        </div>
      )}
    </div>
  )
}
