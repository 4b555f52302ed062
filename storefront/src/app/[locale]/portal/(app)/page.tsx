import { roleMayUse } from "@seleno/domain"
import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { localePath } from "@/i18n/paths"
import { getMessages, resolveLocale } from "@/i18n"
import { requirePortalMe } from "@/lib/data/portal"
import { DASHBOARD_PERIODS, DashboardTemplate } from "@/modules/portal/templates/dashboard"

export async function generateMetadata({ params }: PageProps<"/[locale]/portal">): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  return { title: getMessages(locale).portal.dashboard.title }
}

export default async function PortalDashboardPage({ params, searchParams }: PageProps<"/[locale]/portal">) {
  const locale = resolveLocale((await params).locale)
  const { me } = await requirePortalMe(locale)
  // A packer has no dashboard (it shows sales): the portal opens on their work.
  if (!roleMayUse(me.account.role, "overview")) redirect(localePath(locale, "/portal/orders"))
  const asked = Number((await searchParams).days ?? 30)
  const days = (DASHBOARD_PERIODS as readonly number[]).includes(asked) ? asked : 30
  return <DashboardTemplate locale={locale} me={me} days={days} />
}
