import { formatFigure, isWithinRange, type StorefrontLocale } from "@seleno/domain"
import { format, formatDate, getMessages, type Messages } from "@/i18n"
import type { Certificate, Certification, PublicCertificate } from "@/lib/data/trace"

type CertMessages = Messages["certification"]

/** The standard a certificate cites (as the platform's register holds it), its name in the page's language and its range for the certificate's category. */
export function standardFacts(certificate: Pick<PublicCertificate, "standard">, locale: StorefrontLocale) {
  const standard = certificate.standard ?? null
  const range = standard?.range ?? null
  return {
    standard,
    name: standard ? standard.name[locale === "en" ? "en" : "zh"] : null,
    range,
    within: (mgPerKg: number) => (range ? isWithinRange(range, mgPerKg) : undefined),
  }
}

export function rangeText(range: { min_mg_per_kg: number; max_mg_per_kg: number | null } | null, t: CertMessages): string | null {
  if (!range) return null
  const min = formatFigure(range.min_mg_per_kg)
  return range.max_mg_per_kg === null ? format(t.rangeMinValue, { min }) : format(t.rangeValue, { min, max: formatFigure(range.max_mg_per_kg) })
}

export function statusText(status: Certificate["status"], t: CertMessages): string {
  const text = { valid: t.statusValid, expiring: t.statusExpiring, expired: t.statusExpired, revoked: t.statusRevoked }
  return text[status]
}

/** The "富硒认证 / Selenium-rich certified" badge; only ever rendered for a certified product. */
export function CertifiedBadge({ locale }: { locale: StorefrontLocale }) {
  const t = getMessages(locale).certification
  return (
    <span
      data-testid="certified-badge"
      className="inline-flex items-center gap-1.5 rounded-full bg-brand-700 px-3 py-1 text-sm font-semibold text-white"
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 fill-current">
        <path d="M10 1.5 12.2 4l3.3-.4.4 3.3L18.5 9l-2.1 2.6.4 3.3-3.3.4L10 18.5l-2.5-2.1-3.3-.4-.4-3.3L1.5 9l2.3-2.1.4-3.3 3.3.4Zm-1.2 11.1 5-5-1.1-1.1-3.9 3.9-1.9-1.9-1.1 1.1Z" />
      </svg>
      {t.badge}
    </span>
  )
}

/** A small certified mark for product cards. */
export function CertifiedMark({ locale }: { locale: StorefrontLocale }) {
  const t = getMessages(locale).certification
  return (
    <span className="rounded bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-800 ring-1 ring-brand-100" title={t.badge}>
      <span aria-hidden="true">✓ </span>
      {t.badge}
    </span>
  )
}

/** Certificate details as a definition list: number, issuer, standard, measured value against range, validity, status. */
export function CertificateDetails({
  certificate,
  locale,
  measuredMgPerKg,
  showValidFrom = false,
}: {
  certificate: PublicCertificate
  locale: StorefrontLocale
  measuredMgPerKg?: number
  showValidFrom?: boolean
}) {
  const t = getMessages(locale).certification
  const { standard, name, range, within } = standardFacts(certificate, locale)
  const accreditation = certificate.issuer_accreditation
  const measured = measuredMgPerKg ?? certificate.measured_mg_per_kg
  const inRange = within(measured)
  const rangeLabel = rangeText(range, t)
  return (
    <dl aria-label={t.detailsLabel} className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
      <dt className="text-stone-700">{t.number}</dt>
      <dd className="font-mono" data-testid="certificate-number">
        {certificate.number}
      </dd>
      <dt className="text-stone-700">{t.issuer}</dt>
      <dd>{certificate.issuer}</dd>
      {accreditation && (accreditation.cma_number || accreditation.cnas_number) ? (
        <>
          <dt className="text-stone-700">{t.accreditation}</dt>
          <dd data-testid="issuer-accreditation">
            {[
              accreditation.cma_number ? format(t.cmaNumber, { number: accreditation.cma_number }) : null,
              accreditation.cnas_number ? format(t.cnasNumber, { number: accreditation.cnas_number }) : null,
            ]
              .filter(Boolean)
              .join(" · ")}
          </dd>
        </>
      ) : null}
      <dt className="text-stone-700">{t.standard}</dt>
      <dd>
        {name ? format(t.standardValue, { code: certificate.standard_code, name }) : certificate.standard_code}
        {standard ? <span className="text-stone-600"> · {format(t.standardEdition, { edition: standard.edition })}</span> : null}
      </dd>
      <dt className="text-stone-700">{t.measured}</dt>
      <dd>
        {format(t.measuredValue, { value: measured })}
        {inRange === undefined ? null : (
          <span className={inRange ? "text-brand-800" : "font-semibold text-danger-700"}> · {inRange ? t.withinRange : t.outsideRange}</span>
        )}
      </dd>
      {rangeLabel ? (
        <>
          <dt className="text-stone-700">{t.standardRange}</dt>
          <dd>{rangeLabel}</dd>
        </>
      ) : null}
      {showValidFrom ? (
        <>
          <dt className="text-stone-700">{t.validity}</dt>
          <dd>
            {format(t.validityValue, {
              from: formatDate(certificate.valid_from, locale),
              until: formatDate(certificate.valid_until, locale),
            })}
          </dd>
        </>
      ) : (
        <>
          <dt className="text-stone-700">{t.validUntil}</dt>
          <dd>{formatDate(certificate.valid_until, locale)}</dd>
        </>
      )}
      <dt className="text-stone-700">{t.status}</dt>
      <dd>
        {certificate.status === "valid" ? (
          statusText(certificate.status, t)
        ) : (
          <span className="rounded bg-amber-100 px-2 py-0.5 font-medium text-amber-900">{statusText(certificate.status, t)}</span>
        )}
      </dd>
    </dl>
  )
}

/** The link to a certificate's test report, shown only while the backend serves it (approved, in force). */
export function TestReportLink({ certificate, locale }: { certificate: Pick<Certificate, "id" | "has_public_report">; locale: StorefrontLocale }) {
  if (!certificate.has_public_report) return null
  const t = getMessages(locale).certification
  return (
    <p>
      <a href={`/${locale}/certificates/${encodeURIComponent(certificate.id)}/report`} className="link text-sm font-medium" data-testid="test-report-link">
        {t.viewReport}
      </a>
    </p>
  )
}

/** The plain, neutral line shown instead of a badge when a product is not certified. */
export function NotCertifiedLine({ certification, locale }: { certification: Certification | null; locale: StorefrontLocale }) {
  const t = getMessages(locale).certification
  const reason = certification && !certification.certified ? t.reason[certification.reason] : t.reason.unknown
  return (
    <p className="text-sm text-stone-700" data-testid="not-certified">
      {reason}
    </p>
  )
}

/** The product page's certification section: badge and certificate when certified, else a neutral line. */
export function CertificationPanel({
  certification,
  locale,
  traceHref,
}: {
  certification: Certification | null
  locale: StorefrontLocale
  traceHref: string | null
}) {
  const t = getMessages(locale).certification
  const certificate = certification?.certified ? certification.certificate : null
  return (
    <section aria-labelledby="certification-title" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="certification-title" className="font-semibold text-stone-900">
        {t.title}
      </h2>
      {certificate ? (
        <>
          <CertifiedBadge locale={locale} />
          <CertificateDetails certificate={certificate} locale={locale} />
          <TestReportLink certificate={certificate} locale={locale} />
        </>
      ) : (
        <NotCertifiedLine certification={certification} locale={locale} />
      )}
      {traceHref ? (
        <p>
          <a href={traceHref} className="link text-sm font-medium">
            {t.viewTrace}
          </a>
        </p>
      ) : null}
    </section>
  )
}
