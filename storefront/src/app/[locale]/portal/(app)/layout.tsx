import { headers } from "next/headers"
import { redirect } from "next/navigation"
import { getMessages, resolveLocale } from "@/i18n"
import { localePath } from "@/i18n/paths"
import { getPortalSession } from "@/lib/data/portal"
import { PortalShell } from "@/modules/portal/templates/portal-shell"
import { StatusPanel } from "@/modules/portal/templates/status-panel"
import { LoadError } from "@/modules/portal/components/states"

/**
 * Every signed-in portal page: no session (no cookie, or a token the backend refuses) goes to the
 * sign-in page; an enterprise that is not active sees where its application stands instead.
 */
export default async function PortalAppLayout({ children, params }: LayoutProps<"/[locale]/portal">) {
  const locale = resolveLocale((await params).locale)
  const t = getMessages(locale).portal
  const session = await getPortalSession()
  if (session.state === "anonymous") redirect(localePath(locale, "/portal/login"))
  if (session.state === "unavailable") {
    return <LoadError status={503} message={session.message} labels={t} />
  }
  const active = session.me.enterprise.status === "active"
  // Set by the application form when the licence upload failed (see portalApplyAction).
  const licenceMissing = ((await headers()).get("x-seleno-path") ?? "").includes("licence=missing")
  return (
    <PortalShell locale={locale} me={session.me} showNav={active}>
      {active ? children : <StatusPanel locale={locale} me={session.me} licenceMissing={licenceMissing} />}
    </PortalShell>
  )
}
