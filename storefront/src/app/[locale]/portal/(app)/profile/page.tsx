import type { LegalDetailField, ProfileChangeView } from "@seleno/domain"
import { placeName } from "@seleno/domain"
import type { Metadata } from "next"
import { format, formatDate, getMessages, resolveLocale, type Messages } from "@/i18n"
import { requirePortalMe } from "@/lib/data/portal"
import { getPortalProfile } from "@/lib/data/portal-profile"
import { countyChoices, kindChoices } from "@/lib/enterprise-details"
import { ProfileForm } from "@/modules/portal/components/profile-form"
import { LoadError } from "@/modules/portal/components/states"

export async function generateMetadata({ params }: PageProps<"/[locale]/portal/profile">): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  return { title: getMessages(locale).portal.profile.title }
}

/** One changed registered detail as "企业名称：旧 → 新", values named in the page's language. */
function changeLines(change: ProfileChangeView, portal: Messages["portal"], lang: "zh" | "en"): string[] {
  const shown = (field: LegalDetailField, value: unknown): string => {
    if (value === null || value === undefined || value === "") return "—"
    if (field === "kind") return portal.apply.kinds[value as keyof Messages["portal"]["apply"]["kinds"]] ?? String(value)
    if (field === "county") return placeName(String(value), lang)
    if (field === "licence_file_url") return portal.profile.newFile
    return String(value)
  }
  return (Object.keys(change.changes) as LegalDetailField[]).map(
    (field) => `${portal.profile.fields[field]}：${shown(field, change.previous[field])} → ${shown(field, change.changes[field])}`
  )
}

/** The owner's page for the enterprise's details: what waits for review, the last decision, and the form. */
export default async function PortalProfilePage({ params }: PageProps<"/[locale]/portal/profile">) {
  const locale = resolveLocale((await params).locale)
  await requirePortalMe(locale)
  const portal = getMessages(locale).portal
  const t = portal.profile
  const profile = await getPortalProfile()
  if (!profile.ok) return <LoadError status={profile.status} message={profile.message} labels={portal} />
  const { enterprise, profile_changes: changes } = profile.data
  const lang = locale === "en" ? "en" : "zh"
  const latest = changes[0]
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-stone-900">{t.title}</h1>
      <p className="text-stone-700">{t.intro}</p>
      {latest?.status === "pending" && (
        <section className="rounded-lg border border-amber-300 bg-amber-50 p-4" data-testid="portal-profile-pending">
          <p className="font-medium text-stone-900">{t.pending}</p>
          <ul className="mt-2 list-disc pl-5">
            {changeLines(latest, portal, lang).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      )}
      {latest?.status === "rejected" && (
        <p className="rounded-lg border border-red-300 bg-red-50 p-4 text-stone-900" data-testid="portal-profile-rejected">
          {format(t.rejected, { note: latest.review_note ?? "—" })}
        </p>
      )}
      {latest?.status === "approved" && latest.decided_at && <p className="text-stone-700">{format(t.approved, { date: formatDate(latest.decided_at, locale) })}</p>}
      <section className="rounded-lg border border-stone-200 bg-white p-4">
        <ProfileForm
          locale={locale}
          labels={t}
          apply={portal.apply}
          save={portal.save}
          kinds={kindChoices(portal.apply)}
          counties={countyChoices(locale)}
          current={{
            name: enterprise.name,
            credit_code: enterprise.credit_code,
            kind: enterprise.kind,
            county: enterprise.county,
            contact_name: enterprise.contact_name ?? "",
            contact_phone: enterprise.contact_phone ?? "",
            description: enterprise.description ?? "",
          }}
        />
      </section>
    </div>
  )
}
