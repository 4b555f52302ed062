import { ENTERPRISE_ROLES, type EnterpriseRole } from "@seleno/domain"
import type { Metadata } from "next"
import { formatDate, getMessages, resolveLocale } from "@/i18n"
import { getPortalSession, portalGet } from "@/lib/data/portal"
import { PortalTable } from "@/modules/portal/components/portal-table"
import { LoadError } from "@/modules/portal/components/states"
import { InviteForm, MemberRoleForm, RemoveMemberForm } from "@/modules/portal/components/team-forms"

export async function generateMetadata({ params }: PageProps<"/[locale]/portal/team">): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  return { title: getMessages(locale).portal.team.title }
}

interface Team {
  accounts: { id: string; email: string; name: string | null; role: EnterpriseRole }[]
  invites: { id: string; email: string; role: EnterpriseRole; expires_at: string }[]
}

/** The enterprise's accounts and open invitations; the owner invites colleagues here. */
export default async function PortalTeamPage({ params }: PageProps<"/[locale]/portal/team">) {
  const locale = resolveLocale((await params).locale)
  const portal = getMessages(locale).portal
  const t = portal.team
  const [result, session] = await Promise.all([portalGet<Team>("/enterprise/accounts"), getPortalSession()])
  if (!result.ok) return <LoadError status={result.status} message={result.message} labels={portal} />
  const me = session.state === "signed-in" ? session.me.account : undefined
  const isOwner = me?.role === "owner"
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-stone-900">{t.title}</h1>
      <p className="text-stone-700">{t.intro}</p>
      <section aria-labelledby="team-accounts" className="rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="team-accounts" className="font-semibold text-stone-900">
          {t.accounts}
        </h2>
        <PortalTable headers={[{ text: t.name }, { text: t.email }, { text: t.role }, ...(isOwner ? [{ text: t.remove }] : [])]}>
          {result.data.accounts.map((account) => {
            const member = { id: account.id, name: account.name ?? account.email, role: account.role }
            const self = account.id === me?.id
            return (
              <tr key={account.id} className="border-b border-stone-100 align-top" data-testid="portal-team-member">
                <td className="p-2">
                  {account.name ?? "—"}
                  {self ? t.you : null}
                </td>
                <td className="p-2">{account.email}</td>
                <td className="p-2">{isOwner ? <MemberRoleForm locale={locale} member={member} labels={t} /> : t.roles[account.role]}</td>
                {isOwner ? <td className="p-2">{self ? null : <RemoveMemberForm locale={locale} member={member} labels={t} />}</td> : null}
              </tr>
            )
          })}
        </PortalTable>
        <dl className="mt-4 grid gap-1 text-sm text-stone-700 sm:grid-cols-[auto_1fr] sm:gap-x-4" data-testid="portal-team-roles">
          {ENTERPRISE_ROLES.map((role) => (
            <div key={role} className="contents">
              <dt className="font-medium text-stone-900">{t.roles[role]}</dt>
              <dd>{t.roleDuties[role]}</dd>
            </div>
          ))}
        </dl>
        {result.data.invites.length ? (
          <>
            <h3 className="mt-4 font-medium text-stone-900">{t.invites}</h3>
            <ul className="mt-1 text-sm">
              {result.data.invites.map((invite) => (
                <li key={invite.id} data-testid="portal-team-invite">
                  {invite.email} · {t.roles[invite.role]} · {t.expires} {formatDate(invite.expires_at, locale)}
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
