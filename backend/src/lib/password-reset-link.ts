import { DEFAULT_LOCALE, isStorefrontLocale } from "@seleno/domain"

export interface ResetLinkInput {
  email: string
  token: string
  actorType: string
  /** The locale the person asked in (the storefront and portal send it as reset metadata). */
  locale?: unknown
  storefrontUrl: string
  adminUrl: string
}

/**
 * Where a reset link leads: customers to the storefront's account page, enterprise accounts to the
 * portal (they have no admin login), staff to the Medusa admin. The link opens in the locale asked in.
 */
export function passwordResetLink(input: ResetLinkInput): string {
  const params = new URLSearchParams({ token: input.token, email: input.email })
  const locale = typeof input.locale === "string" && isStorefrontLocale(input.locale) ? input.locale : DEFAULT_LOCALE
  switch (input.actorType) {
    case "customer":
      return `${input.storefrontUrl}/${locale}/account/reset-password?${params}`
    case "enterprise":
      return `${input.storefrontUrl}/${locale}/portal/reset-password?${params}`
    default:
      return `${input.adminUrl}/app/reset-password?${params}`
  }
}
