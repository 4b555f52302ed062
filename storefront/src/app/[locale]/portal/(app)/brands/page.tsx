import type { Metadata } from "next"
import { formatDate, getMessages, resolveLocale } from "@/i18n"
import { requirePortalMe } from "@/lib/data/portal"
import { listAuthorizationRequests, requestableBrands } from "@/lib/data/portal-authorizations"
import { authorizedBrands, categoryChoices } from "@/lib/data/portal-products"
import { AuthorizationRequestForm } from "@/modules/portal/components/authorization-request-form"
import { PortalTable } from "@/modules/portal/components/portal-table"
import { Empty, LoadError } from "@/modules/portal/components/states"

export async function generateMetadata({ params }: PageProps<"/[locale]/portal/brands">): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  return { title: getMessages(locale).portal.brands.title }
}

/** The enterprise's brand authorizations in force, its requests and where they stand, and the form to ask. */
export default async function PortalBrandsPage({ params }: PageProps<"/[locale]/portal/brands">) {
  const locale = resolveLocale((await params).locale)
  const { me } = await requirePortalMe(locale)
  const portal = getMessages(locale).portal
  const t = portal.brands
  const [inForce, requests, brands, categories] = await Promise.all([
    authorizedBrands(locale, me.enterprise.handle),
    listAuthorizationRequests(),
    requestableBrands(locale),
    categoryChoices(locale),
  ])
  const categoryName = new Map(categories.map((c) => [c.handle, c.name]))
  const names = (handles: string[]) => handles.map((h) => categoryName.get(h) ?? h).join("、")
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-stone-900">{t.title}</h1>
      <p className="text-stone-700">{t.intro}</p>
      <section aria-labelledby="portal-brands-in-force" className="space-y-2">
        <h2 id="portal-brands-in-force" className="font-semibold text-stone-900">
          {t.inForce}
        </h2>
        {inForce.length ? (
          <ul className="space-y-1" data-testid="portal-brand-in-force">
            {inForce.map((brand) => (
              <li key={brand.id}>
                <span className="font-medium">{brand.name}</span> · {names(brand.categoryHandles)}
              </li>
            ))}
          </ul>
        ) : (
          <Empty text={t.none} />
        )}
      </section>
      <section aria-labelledby="portal-brand-requests" className="space-y-2">
        <h2 id="portal-brand-requests" className="font-semibold text-stone-900">
          {t.requests}
        </h2>
        {!requests.ok ? (
          <LoadError status={requests.status} message={requests.message} labels={portal} />
        ) : requests.data.brand_authorization_requests.length ? (
          <PortalTable headers={[{ text: t.brand }, { text: t.categories }, { text: t.status }, { text: t.decision }, { text: t.askedOn }]}>
            {requests.data.brand_authorization_requests.map((request) => (
              <tr key={request.id} className="border-b border-stone-100" data-testid="portal-brand-request">
                <td className="p-2">{request.brand.name}</td>
                <td className="p-2">{names(request.category_handles)}</td>
                <td className="p-2">{t.statuses[request.status]}</td>
                <td className="p-2">{request.decision_note ?? "—"}</td>
                <td className="p-2">{formatDate(request.created_at, locale)}</td>
              </tr>
            ))}
          </PortalTable>
        ) : (
          <Empty text={t.noRequests} />
        )}
      </section>
      <section className="rounded-lg border border-stone-200 bg-white p-4">
        <AuthorizationRequestForm locale={locale} labels={t} brands={brands} categories={categories} />
      </section>
    </div>
  )
}
