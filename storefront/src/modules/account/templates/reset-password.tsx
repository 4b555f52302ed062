import type { StorefrontLocale } from "@seleno/domain"
import type { ResetActor } from "@/lib/actions/account"
import { getMessages } from "@/i18n"
import { localePath } from "@/i18n/paths"
import { NewPasswordForm, ResetRequestForm } from "@/modules/account/components/auth-forms"

/**
 * The reset page for shoppers (account) and enterprise logins (portal): without a token it asks for
 * the e-mail, with the link's token and e-mail it sets the new password, then points to the sign-in.
 */
export function ResetPasswordTemplate({
  locale,
  actor,
  token,
  email,
  loginPath,
}: {
  locale: StorefrontLocale
  actor: ResetActor
  token?: string
  email?: string
  loginPath: string
}) {
  const t = getMessages(locale)
  return (
    <div className="mx-auto max-w-md rounded-lg border border-stone-200 bg-white p-6">
      <h1 className="text-2xl font-bold text-stone-900">{t.reset.title}</h1>
      {token && email ? (
        <div className="mt-4">
          <NewPasswordForm
            locale={locale}
            actor={actor}
            email={email}
            token={token}
            loginHref={localePath(locale, loginPath)}
            labels={{ password: t.reset.newPassword, hint: t.account.passwordHint, submit: t.reset.setPassword, goLogin: t.reset.goLogin }}
          />
        </div>
      ) : (
        <div className="mt-4 space-y-4">
          <p className="text-stone-700">{t.reset.requestBody}</p>
          <ResetRequestForm locale={locale} actor={actor} labels={{ email: t.account.email, submit: t.reset.send }} />
        </div>
      )}
    </div>
  )
}
