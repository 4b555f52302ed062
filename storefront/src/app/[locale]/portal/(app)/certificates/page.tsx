import { CERTIFICATE_CATEGORIES, CERTIFICATE_SUBJECTS, formatRange } from "@seleno/domain"
import type { Metadata } from "next"
import { format, formatDate, getMessages, resolveLocale } from "@/i18n"
import { listPortalCertificates, listPortalIssuers, listPortalStandards, requirePortalMe } from "@/lib/data/portal"
import { portalFileHref } from "@/lib/data/portal-files"
import { listPortalProducts } from "@/lib/data/portal-products"
import { CertificateForm } from "@/modules/portal/components/certificate-form"
import { PortalLoaded, PortalTable } from "@/modules/portal/components/portal-table"

export async function generateMetadata({ params }: PageProps<"/[locale]/portal/certificates">): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  return { title: getMessages(locale).portal.certificates.title }
}

export default async function PortalCertificatesPage({ params }: PageProps<"/[locale]/portal/certificates">) {
  const locale = resolveLocale((await params).locale)
  await requirePortalMe(locale)
  const portal = getMessages(locale).portal
  const t = portal.certificates
  const lang = locale === "en" ? "en" : "zh"
  const [result, products, standards, issuers] = await Promise.all([listPortalCertificates(), listPortalProducts(100, 0), listPortalStandards(), listPortalIssuers()])
  const reviewTone = { pending: "text-amber-800", approved: "text-brand-700", rejected: "text-danger-700" } as const
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-stone-900">{t.title}</h1>
      <p className="text-sm text-stone-700">{t.intro}</p>
      <PortalLoaded result={result} isEmpty={(data) => data.certificates.length === 0} emptyText={t.empty} labels={portal}>
        {(data) => (
          <PortalTable
            headers={[{ text: t.number }, { text: t.standard }, { text: t.subject }, { text: t.validUntil }, { text: t.validity }, { text: t.review }]}
          >
            {data.certificates.map((c) => (
              <tr key={c.id} className="border-b border-stone-100 align-top" data-testid="portal-certificate-row">
                <td className="p-2">
                  {c.number}
                  <br />
                  <span className="text-stone-600">{c.issuer}</span>
                </td>
                <td className="p-2">
                  {c.standard_code}
                  {c.measured_mg_per_kg !== null ? <span className="text-stone-600"> · {c.measured_mg_per_kg} mg/kg</span> : null}
                </td>
                <td className="p-2">
                  {t.subjects[c.subject] ?? c.subject}
                  {c.product ? <span className="text-stone-600"> · {c.product.title}</span> : null}
                </td>
                <td className="p-2">{format(t.period, { from: formatDate(c.valid_from, locale), until: formatDate(c.valid_until, locale) })}</td>
                <td className="p-2">{t.validityStatuses[c.status] ?? c.status}</td>
                <td className="p-2">
                  <span className={`font-medium ${reviewTone[c.review_status] ?? ""}`} data-testid="certificate-review">
                    {t.reviewStatuses[c.review_status] ?? c.review_status}
                  </span>
                  {c.review_note ? <p className="text-stone-700">{format(t.reviewNote, { note: c.review_note })}</p> : null}
                  {portalFileHref(locale, c.test_report_url) ? (
                    <p>
                      <a href={portalFileHref(locale, c.test_report_url)!} className="link" rel="noreferrer">
                        {t.viewReport}
                      </a>
                    </p>
                  ) : null}
                </td>
              </tr>
            ))}
          </PortalTable>
        )}
      </PortalLoaded>
      <section className="rounded-lg border border-stone-200 bg-white p-5">
        <CertificateForm
          locale={locale}
          labels={t}
          subjects={CERTIFICATE_SUBJECTS.map((s) => ({ value: s, label: t.subjects[s] }))}
          // Each standard with the categories staff entered figures for: only those can be certified.
          standards={(standards.ok ? standards.data.standards : []).map((s) => ({
            value: s.code,
            label: `${s.code} ${lang === "en" ? s.name_en : s.name_zh} · ${s.ranges.map((r) => `${t.categories[r.category]} ${formatRange(r.min_mg_per_kg, r.max_mg_per_kg)}`).join("；")}`,
          }))}
          issuers={(issuers.ok ? issuers.data.issuers : []).map((i) => ({ value: i.id, label: [i.name, i.cma_number && `CMA ${i.cma_number}`, i.cnas_number].filter(Boolean).join(" · ") }))}
          categories={CERTIFICATE_CATEGORIES.map((c) => ({ value: c, label: t.categories[c] }))}
          products={products.ok ? products.data.products.map((p) => ({ value: p.id, label: p.title })) : []}
        />
      </section>
    </div>
  )
}
