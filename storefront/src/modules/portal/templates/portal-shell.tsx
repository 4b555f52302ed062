import { roleMayUse, type PortalArea, type StorefrontLocale } from "@seleno/domain"
import type { ReactNode } from "react"
import { format, getMessages, type Messages } from "@/i18n"
import { localePath } from "@/i18n/paths"
import { portalLogoutAction } from "@/lib/actions/portal"
import type { PortalMe } from "@/lib/data/portal"
import { PortalNav } from "@/modules/portal/components/portal-nav"

/** The sections, each in the area of work whose role grant shows it (the backend enforces the same). */
const SECTIONS: readonly { key: keyof Messages["portal"]["nav"]; path: string; area: PortalArea }[] = [
  { key: "dashboard", path: "/portal", area: "overview" },
  { key: "products", path: "/portal/products", area: "catalogue" },
  { key: "brands", path: "/portal/brands", area: "catalogue" },
  { key: "orders", path: "/portal/orders", area: "orders" },
  { key: "invoices", path: "/portal/invoices", area: "finance" },
  { key: "certificates", path: "/portal/certificates", area: "catalogue" },
  { key: "batches", path: "/portal/batches", area: "batches" },
  { key: "settlement", path: "/portal/settlement", area: "finance" },
  { key: "discounts", path: "/portal/discounts", area: "pricing" },
  { key: "team", path: "/portal/team", area: "team" },
  { key: "reportCases", path: "/portal/report-cases", area: "after_sales" },
  { key: "afterSales", path: "/portal/after-sales", area: "after_sales" },
  { key: "profile", path: "/portal/profile", area: "profile" },
]

/** The portal's own frame: who is signed in, sign-out, and the section navigation (only for active enterprises). */
export function PortalShell({
  locale,
  me,
  showNav,
  children,
}: {
  locale: StorefrontLocale
  me: PortalMe
  showNav: boolean
  children: ReactNode
}) {
  const t = getMessages(locale).portal
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3 border-b border-stone-200 pb-4">
        <div>
          <p className="text-sm text-stone-600">{t.title}</p>
          <p className="text-lg font-semibold text-stone-900" data-testid="portal-enterprise">
            {me.enterprise.name}
          </p>
          <p className="text-sm text-stone-700">{me.account.name ? format(t.signedInAs, { name: me.account.name, email: me.account.email }) : me.account.email}</p>
        </div>
        <form action={portalLogoutAction}>
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className="btn-secondary">
            {t.signOut}
          </button>
        </form>
      </div>
      {showNav ? (
        <PortalNav
          label={t.navLabel}
          items={SECTIONS.filter((section) => roleMayUse(me.account.role, section.area)).map((section) => ({ href: localePath(locale, section.path), text: t.nav[section.key], exact: section.path === "/portal" }))}
        />
      ) : null}
      <div>{children}</div>
    </div>
  )
}
