import type { Metadata } from "next"
import { formatDate, getMessages, resolveLocale } from "@/i18n"
import { getPortalSession, portalGet } from "@/lib/data/portal"
import { PortalTable } from "@/modules/portal/components/portal-table"
import { LoadError } from "@/modules/portal/components/states"
import { InviteForm } from "@/modules/portal/components/team-forms"

export async function generateMetadata({ params }: PageProps<"/[locale]/portal/team">): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  return { title: getMessages(locale).portal.team.title }
}

interface Team {
  accounts: { id: string; email: string; name: string | null; role: "owner" | "staff" }[]
  invites: { id: string; email: string; expires_at: string }[]
}

/** The enterprise's accounts and open invitations; the owner invites colleagues here. */
export default async function PortalTeamPage({ params }: PageProps<"/[locale]/portal/team">) {
  const locale = resolveLocale((await params).locale)
  const portal = getMessages(locale).portal
  const t = portal.team
  const [result, session] = await Promise.all([portalGet<Team>("/enterprise/accounts"), getPortalSession()])
  if (!result.ok) return <LoadError status={result.status} message={result.message} labels={portal} />
  const isOwner = session.state === "signed-in" && session.me.account.role === "owner"
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-stone-900">{t.title}</h1>
      <p className="text-stone-700">{t.intro}</p>
      <section aria-labelledby="team-accounts" className="rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="team-accounts" className="font-semibold text-stone-900">
          {t.accounts}
        </h2>
        <PortalTable headers={[{ text: t.name }, { text: t.email }, { text: t.role }]}>
          {result.data.accounts.map((account) => (
            <tr key={account.id} className="border-b border-stone-100" data-testid="portal-team-member">
              <td className="p-2">{account.name ?? "—"}</td>
              <td className="p-2">{account.email}</td>
              <td className="p-2">{t.roles[account.role]}</td>
            </tr>
          ))}
        </PortalTable>
        {result.data.invites.length ? (
          <>
            <h3 className="mt-4 font-medium text-stone-900">{t.invites}</h3>
            <ul className="mt-1 text-sm">
              {result.data.invites.map((invite) => (
                <li key={invite.id} data-testid="portal-team-invite">
                  {invite.email} · {t.expires} {formatDate(invite.expires_at, locale)}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
      <section className="rounded-lg border border-stone-200 bg-white p-4">
        {isOwner ? <InviteForm locale={locale} labels={t} /> : <p>{t.ownerOnly}</p>}
      </section>
    </div>
  )
}
