import type { EnterpriseDiscountConsentView, EnterprisePriceFloorView } from "@seleno/domain"
import { formatPrice } from "@seleno/domain"
import type { Metadata } from "next"
import { format, formatDate, getMessages, resolveLocale } from "@/i18n"
import { portalGet } from "@/lib/data/portal"
import { ConsentForm, FloorForm } from "@/modules/portal/components/discount-forms"
import { PortalTable } from "@/modules/portal/components/portal-table"
import { LoadError } from "@/modules/portal/components/states"

export async function generateMetadata({ params }: PageProps<"/[locale]/portal/discounts">): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  return { title: getMessages(locale).portal.discounts.title }
}

/** Who pays a discount: the enterprise's opt-in to enterprise-funded discounts, who wants its products, and its floor prices. */
export default async function PortalDiscountsPage({ params }: PageProps<"/[locale]/portal/discounts">) {
  const locale = resolveLocale((await params).locale)
  const portal = getMessages(locale).portal
  const t = portal.discounts
  const [consent, floors] = await Promise.all([
    portalGet<{ discount_consent: EnterpriseDiscountConsentView }>("/enterprise/discount-consent"),
    portalGet<{ price_floors: EnterprisePriceFloorView[] }>("/enterprise/price-floors"),
  ])
  if (!consent.ok) return <LoadError status={consent.status} message={consent.message} labels={portal} />
  if (!floors.ok) return <LoadError status={floors.status} message={floors.message} labels={portal} />
  const { accepts_enterprise_funded, requests } = consent.data.discount_consent
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-stone-900">{t.title}</h1>
      <p className="text-stone-700">{t.intro}</p>
      <section aria-labelledby="discount-consent" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="discount-consent" className="font-semibold text-stone-900">
          {t.consentTitle}
        </h2>
        <ConsentForm locale={locale} accepts={accepts_enterprise_funded} labels={t} />
        <h3 className="font-medium text-stone-900">{t.requestsTitle}</h3>
        {requests.length ? (
          <ul className="space-y-1 text-sm">
            {requests.map((request) => (
              <li key={`${request.kind}-${request.id}`} data-testid="portal-funding-request">
                {t.kinds[request.kind]} · {request.name}
                {request.starts_at && request.ends_at
                  ? ` · ${format(t.period, { from: formatDate(request.starts_at, locale), to: formatDate(request.ends_at, locale) })}`
                  : ""}{" "}
                · {request.product_titles.join("、")}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-stone-700">{t.requestsEmpty}</p>
        )}
      </section>
      <section aria-labelledby="price-floors" className="rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="price-floors" className="font-semibold text-stone-900">
          {t.floorsTitle}
        </h2>
        <PortalTable headers={[{ text: t.product }, { text: t.variant }, { text: t.price }, { text: t.floor }]}>
          {floors.data.price_floors.map((row) => (
            <tr key={row.variant_id} className="border-b border-stone-100 align-top">
              <td className="p-2">{row.product_title}</td>
              <td className="p-2">{row.variant_title ?? "—"}</td>
              <td className="p-2">{row.regular_amount === null ? "—" : formatPrice(row.regular_amount, locale)}</td>
              <td className="p-2">
                <FloorForm locale={locale} variantId={row.variant_id} floor={row.floor_amount} label={`${row.product_title} ${row.variant_title ?? ""} · ${t.floor}`} labels={t} />
              </td>
            </tr>
          ))}
        </PortalTable>
      </section>
    </div>
  )
}
