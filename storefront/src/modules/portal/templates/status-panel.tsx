import type { StorefrontLocale } from "@seleno/domain"
import Link from "next/link"
import { format, getMessages } from "@/i18n"
import { localePath } from "@/i18n/paths"
import type { PortalMe } from "@/lib/data/portal"

/** What a pending, rejected or suspended enterprise sees instead of the portal. */
export function StatusPanel({ locale, me, licenceMissing }: { locale: StorefrontLocale; me: PortalMe; licenceMissing?: boolean }) {
  const t = getMessages(locale).portal
  const s = t.status
  const { enterprise } = me
  const tone = enterprise.status === "pending" ? "border-amber-300 bg-amber-50" : "border-danger-700 bg-white"
  return (
    <section aria-labelledby="portal-status" className={`space-y-3 rounded-lg border p-5 ${tone}`} data-testid="portal-status">
      <h1 id="portal-status" className="text-2xl font-bold text-stone-900">
        {s.title}
      </h1>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-stone-700">{s.enterprise}</dt>
        <dd>{enterprise.name}</dd>
        {enterprise.credit_code ? (
          <>
            <dt className="text-stone-700">{s.creditCode}</dt>
            <dd>{enterprise.credit_code}</dd>
          </>
        ) : null}
        <dt className="text-stone-700">{s.stateLabel}</dt>
        <dd className="font-semibold">{s.states[enterprise.status]}</dd>
      </dl>
      {enterprise.status === "pending" ? <p>{s.pending}</p> : null}
      {enterprise.status === "rejected" ? (
        <>
          <p>{s.rejected}</p>
          <p className="font-medium" data-testid="portal-review-note">
            {enterprise.review_note ? format(s.rejectedReason, { reason: enterprise.review_note }) : s.noReason}
          </p>
        </>
      ) : null}
      {enterprise.status === "suspended" ? <p>{s.suspended}</p> : null}
      {licenceMissing ? <p role="status">{t.apply.licenceNotUploaded}</p> : null}
      <p>
        <Link href={localePath(locale, "/contact")} className="link">
          {s.contactPlatform}
        </Link>
      </p>
    </section>
  )
}
