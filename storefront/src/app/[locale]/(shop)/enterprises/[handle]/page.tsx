import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { AuthorizationItem } from "@/modules/brands/components/authorization-item"
import { countyNames } from "@/modules/brands/components/brand-labels"
import { EnterpriseCertificates } from "@/modules/enterprise/components/enterprise-certificates"
import { ProductGrid } from "@/modules/catalog/components/product-card"
import { format, formatDate, getMessages, resolveLocale } from "@/i18n"
import { localePath } from "@/i18n/paths"
import { listCategories } from "@/lib/data/categories"
import { getEnterpriseByHandle } from "@/lib/data/enterprises"
import { listProductsByIds } from "@/lib/data/products"
import { detailPageMetadata } from "@/lib/site"

// Rendered on the first visit and cached (see the locale layout); unknown handles answer 404.
export function generateStaticParams(): { handle: string }[] {
  return []
}

function plainText(text: string | null | undefined, max = 160): string {
  const flat = (text ?? "").replace(/\s+/g, " ").trim()
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

export async function generateMetadata({ params }: PageProps<"/[locale]/enterprises/[handle]">): Promise<Metadata> {
  const { locale: raw, handle } = await params
  const locale = resolveLocale(raw)
  const enterprise = await getEnterpriseByHandle(locale, handle)
  const t = getMessages(locale)
  if (!enterprise) return { title: t.common.notFoundTitle }
  const description =
    plainText(enterprise.description) ||
    format(t.enterprise.metaDescription, {
      name: enterprise.name,
      kind: t.enterprise.kind[enterprise.kind],
      county: countyNames([enterprise.county], locale)[0] ?? enterprise.county,
    })
  const image = enterprise.products[0]?.thumbnail ?? undefined
  return detailPageMetadata(locale, `/enterprises/${enterprise.handle}`, { title: enterprise.name, description, image })
}

export default async function EnterprisePage({ params }: PageProps<"/[locale]/enterprises/[handle]">) {
  const { locale: raw, handle } = await params
  const locale = resolveLocale(raw)
  const enterprise = await getEnterpriseByHandle(locale, handle)
  if (!enterprise) notFound()
  const t = getMessages(locale)
  const te = t.enterprise
  const separator = locale === "en" ? ", " : "、"
  const [products, categories] = await Promise.all([
    listProductsByIds(
      locale,
      enterprise.products.map((p) => p.id)
    ),
    listCategories(locale),
  ])
  const categoryName = new Map(categories.map((c) => [c.handle, c.name]))
  const categoryList = (handles: string[]) =>
    handles.length ? `${te.authorizationCategories}: ${handles.map((h) => categoryName.get(h) ?? h).join(separator)}` : null
  const county = countyNames([enterprise.county], locale)[0] ?? enterprise.county
  const paragraphs = (enterprise.description ?? "").split(/\n+/).filter((p) => p.trim())
  const productsTitle = format(te.products, { name: enterprise.name })
  return (
    <article className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold text-stone-900 sm:text-3xl">{enterprise.name}</h1>
        <dl aria-label={te.factsLabel} className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-stone-700">{te.kindLabel}</dt>
          <dd>{te.kind[enterprise.kind]}</dd>
          <dt className="text-stone-700">{te.countyLabel}</dt>
          <dd>{county}</dd>
        </dl>
      </div>

      {paragraphs.length ? (
        <section aria-labelledby="enterprise-about" className="max-w-prose">
          <h2 id="enterprise-about" className="text-xl font-bold text-stone-900">
            {te.about}
          </h2>
          <div className="mt-2 space-y-2 text-stone-800">
            {paragraphs.map((p, i) => (
              <p key={i}>{p}</p>
            ))}
          </div>
        </section>
      ) : null}

      <section aria-labelledby="enterprise-bases">
        <h2 id="enterprise-bases" className="text-xl font-bold text-stone-900">
          {te.bases}
        </h2>
        {enterprise.bases.length ? (
          <ul className="mt-3 grid gap-3 sm:grid-cols-2">
            {enterprise.bases.map((base) => (
              <li key={base.id} className="rounded-lg border border-stone-200 bg-white p-4">
                <p className="font-semibold text-stone-900">{base.name}</p>
                <p className="text-sm text-stone-700">
                  {[countyNames([base.county], locale)[0], base.location, base.area_mu ? format(te.area, { area: base.area_mu }) : null]
                    .filter(Boolean)
                    .join(" · ")}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-stone-700">{te.noBases}</p>
        )}
      </section>

      <section aria-labelledby="enterprise-authorizations">
        <h2 id="enterprise-authorizations" className="text-xl font-bold text-stone-900">
          {te.authorizations}
        </h2>
        {enterprise.brand_authorizations.length ? (
          <ul className="mt-3 space-y-2">
            {enterprise.brand_authorizations.map((a) => (
              <AuthorizationItem
                key={a.brand.handle}
                href={localePath(locale, `/brands/${a.brand.handle}`)}
                name={a.brand.name}
                categories={categoryList(a.category_handles)}
                validUntil={a.valid_until ? format(te.authorizationValidUntil, { date: formatDate(a.valid_until, locale) }) : null}
              />
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-stone-700">{te.noAuthorizations}</p>
        )}
      </section>

      <EnterpriseCertificates certificates={enterprise.certificates} locale={locale} />

      <section aria-labelledby="enterprise-products">
        <h2 id="enterprise-products" className="text-xl font-bold text-stone-900">
          {productsTitle}
        </h2>
        <div className="mt-4">
          {products.length ? (
            <ProductGrid products={products} locale={locale} label={productsTitle} />
          ) : (
            <p className="rounded-md bg-white p-6 text-stone-700">{te.noProducts}</p>
          )}
        </div>
      </section>
    </article>
  )
}
