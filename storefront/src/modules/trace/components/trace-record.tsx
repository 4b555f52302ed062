import { findCounty, type StorefrontLocale } from "@seleno/domain"
import { format, formatDate, getMessages } from "@/i18n"
import { localePath, otherLocale } from "@/i18n/paths"
import type { ReactNode } from "react"
import type { BatchRecord } from "@/lib/data/trace"
import { CertificateDetails, CertifiedBadge, NotCertifiedLine, rangeText, standardFacts, TestReportLink } from "./certification"

/** The GS1 Digital Link path of a batch, or of one serial in it. */
export function traceLinkPath(gtin: string, lot: string, serial?: string): string {
  const base = `/01/${encodeURIComponent(gtin)}/10/${encodeURIComponent(lot)}`
  return serial ? `${base}/21/${encodeURIComponent(serial)}` : base
}

/** Plain links to the same record in the other language (?lang=). */
export function TraceLanguageSwitch({ locale, path }: { locale: StorefrontLocale; path: string }) {
  const t = getMessages(locale).trace
  const target = otherLocale(locale)
  return (
    <a
      href={`${path}?lang=${target}`}
      hrefLang={target}
      lang={target}
      aria-label={t.switchToLabel}
      className="inline-block rounded-md px-2 py-2 font-medium text-stone-800 underline-offset-2 hover:underline"
    >
      {t.switchTo}
    </a>
  )
}

/** Header strip of a trace page: store link and language switch. */
export function TraceHeader({ locale, path }: { locale: StorefrontLocale; path: string }) {
  const t = getMessages(locale).trace
  return (
    <header className="mb-6 flex items-center justify-between border-b border-stone-200 pb-3">
      <a href={localePath(locale)} className="font-bold text-brand-800">
        {t.storeLink}
      </a>
      <nav aria-label={t.languageLabel}>
        <TraceLanguageSwitch locale={locale} path={path} />
      </nav>
    </header>
  )
}

/** On a package's page: its serial, and the condition the certified badge waits for (its code's scans). */
export interface SerialParts {
  serial: ReactNode
  badgeGate: (badge: ReactNode) => ReactNode
}

/**
 * The public record of one batch: product, producer, base, dates, steps, inspection and certificate.
 * The certified badge speaks for the package in hand, so it is absent for a withdrawn batch and,
 * on a package's page, for a code staff confirmed as counterfeit.
 */
export function TraceRecord({ batch, locale, serialParts }: { batch: BatchRecord; locale: StorefrontLocale; serialParts?: SerialParts }) {
  const messages = getMessages(locale)
  const t = messages.trace
  const tc = messages.certification
  const lang = locale === "en" ? "en" : "zh"
  const certification = batch.certification
  const certificate = certification?.certificate ?? null
  const county = batch.base ? (findCounty(batch.base.county)?.county.name[lang] ?? batch.base.county) : null
  const standard = certificate ? standardFacts(certificate, locale) : null
  const inspected = batch.inspection_mg_per_kg
  const inRange = standard && inspected !== null ? standard.within(inspected) : undefined
  const range = standard ? rangeText(standard.range, tc) : null
  const events = [...batch.events].sort((a, b) => a.occurred_at.localeCompare(b.occurred_at))
  return (
    <article className="space-y-8">
      <div className="flex gap-4">
        {batch.product.thumbnail ? (
          <img src={batch.product.thumbnail} alt="" width={96} height={72} className="aspect-[4/3] w-24 shrink-0 rounded bg-brand-50 object-cover" />
        ) : null}
        <div>
          <p className="text-sm font-medium text-brand-700">{t.eyebrow}</p>
          <h1 className="text-2xl font-bold text-stone-900">
            <a href={localePath(locale, `/products/${batch.product.handle}`)} className="hover:underline">
              {batch.product.title}
            </a>
          </h1>
          {certification?.certified && !batch.voided ? certifiedBadge(<CertifiedBadge locale={locale} />, serialParts) : null}
        </div>
      </div>

      <section aria-labelledby="batch-title">
        <h2 id="batch-title" className="text-lg font-bold text-stone-900">
          {t.recordLabel}
        </h2>
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-stone-700">{t.product}</dt>
          <dd>
            <a href={localePath(locale, `/products/${batch.product.handle}`)} className="link">
              {batch.product.title}
            </a>
          </dd>
          {batch.variant ? (
            <>
              <dt className="text-stone-700">{t.variant}</dt>
              <dd>{batch.variant.title}</dd>
            </>
          ) : null}
          {batch.enterprise ? (
            <>
              <dt className="text-stone-700">{t.enterprise}</dt>
              <dd>
                <a href={localePath(locale, `/enterprises/${batch.enterprise.handle}`)} className="link">
                  {batch.enterprise.name}
                </a>
              </dd>
            </>
          ) : null}
          {batch.brand ? (
            <>
              <dt className="text-stone-700">{t.brand}</dt>
              <dd data-testid="trace-brand">
                <a href={localePath(locale, `/brands/${batch.brand.handle}`)} className="link">
                  {batch.brand.name}
                </a>
                {format(batch.brand_authorization ? t.brandAuthorized : t.brandUnauthorized, {
                  date: batch.brand_authorization ? formatDate(batch.brand_authorization.valid_until, locale) : "",
                })}
              </dd>
            </>
          ) : null}
          {batch.base ? (
            <>
              <dt className="text-stone-700">{t.base}</dt>
              <dd>{format(t.baseValue, { name: batch.base.name, county: county ?? "" })}</dd>
              <dt className="text-stone-700">{t.location}</dt>
              <dd>{batch.base.location}</dd>
            </>
          ) : null}
          <dt className="text-stone-700">{t.producedOn}</dt>
          <dd>{formatDate(batch.produced_on, locale)}</dd>
          <dt className="text-stone-700">{t.gtin}</dt>
          <dd className="font-mono">{batch.gtin}</dd>
          <dt className="text-stone-700">{t.lot}</dt>
          <dd className="font-mono">{batch.lot}</dd>
          {serialParts ? (
            <>
              <dt className="text-stone-700">{t.serial}</dt>
              <dd className="font-mono">{serialParts.serial}</dd>
            </>
          ) : null}
        </dl>
      </section>

      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title" className="text-lg font-bold text-stone-900">
          {t.timeline}
        </h2>
        <ol aria-labelledby="timeline-title" className="mt-3 space-y-3 border-l-2 border-brand-100 pl-4">
          {events.map((event, i) => (
            <li key={`${event.type}-${i}`} className="relative">
              <span aria-hidden="true" className="absolute top-1.5 -left-[1.4rem] size-2.5 rounded-full bg-brand-700" />
              <p className="font-semibold text-stone-900">{t.event[event.type] ?? event.type}</p>
              <p className="text-sm text-stone-700">
                <time dateTime={event.occurred_at}>{formatDate(event.occurred_at, locale)}</time>
                {event.place ? ` · ${event.place}` : null}
              </p>
              {event.description ? <p className="text-sm text-stone-800">{event.description}</p> : null}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="inspection-title">
        <h2 id="inspection-title" className="text-lg font-bold text-stone-900">
          {t.inspection}
        </h2>
        {inspected !== null ? (
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="text-stone-700">{t.inspectionValue}</dt>
            <dd>
              <span className="font-semibold">{format(tc.measuredValue, { value: inspected })}</span>
              {inRange === undefined ? null : (
                <span className={inRange ? "text-brand-800" : "font-semibold text-danger-700"}> · {inRange ? tc.withinRange : tc.outsideRange}</span>
              )}
            </dd>
            {certificate && range ? (
              <>
                <dt className="text-stone-700">{format(t.againstStandard, { code: certificate.standard_code })}</dt>
                <dd>{range}</dd>
              </>
            ) : null}
            {batch.inspection_lab ? (
              <>
                <dt className="text-stone-700">{t.inspectionLab}</dt>
                <dd>{batch.inspection_lab}</dd>
              </>
            ) : null}
            {batch.inspected_on ? (
              <>
                <dt className="text-stone-700">{t.inspectedOn}</dt>
                <dd>{formatDate(batch.inspected_on, locale)}</dd>
              </>
            ) : null}
          </dl>
        ) : (
          <p className="mt-2 text-sm text-stone-700">{t.noInspection}</p>
        )}
      </section>

      <section aria-labelledby="certificate-title" className="space-y-3">
        <h2 id="certificate-title" className="text-lg font-bold text-stone-900">
          {t.certificate}
        </h2>
        {certification?.certified ? null : (
          <div className="rounded-md border border-stone-300 bg-stone-50 p-3">
            <p className="font-semibold text-stone-900">{tc.notCertifiedTitle}</p>
            <NotCertifiedLine certification={certification} locale={locale} />
          </div>
        )}
        {certificate ? (
          <>
            <CertificateDetails certificate={certificate} locale={locale} showValidFrom />
            <TestReportLink certificate={certificate} locale={locale} />
          </>
        ) : null}
      </section>
    </article>
  )
}

function certifiedBadge(badge: ReactNode, serialParts: SerialParts | undefined): ReactNode {
  const line = <p className="mt-2">{badge}</p>
  return serialParts ? serialParts.badgeGate(line) : line
}
