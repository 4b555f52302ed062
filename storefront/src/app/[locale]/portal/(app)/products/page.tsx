import { PRODUCT_IMPORT_LIMITS } from "@seleno/domain"
import type { Metadata } from "next"
import Link from "next/link"
import { format, getMessages, resolveLocale } from "@/i18n"
import { localePath } from "@/i18n/paths"
import { requirePortalMe } from "@/lib/data/portal"
import { listPortalProducts } from "@/lib/data/portal-products"
import { ProductSheetImportForm } from "@/modules/portal/components/product-sheet-form"
import { Empty, LoadError } from "@/modules/portal/components/states"
import { VariantStockTable } from "@/modules/portal/components/variant-stock"

const PAGE_SIZE = 50

export async function generateMetadata({ params }: PageProps<"/[locale]/portal/products">): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  return { title: getMessages(locale).portal.products.title }
}

export default async function PortalProductsPage({ params, searchParams }: PageProps<"/[locale]/portal/products">) {
  const locale = resolveLocale((await params).locale)
  await requirePortalMe(locale)
  const portal = getMessages(locale).portal
  const t = portal.products
  const sheet = portal.productSheet
  const query = await searchParams
  const pageParam = Number(query.page ?? "1")
  const page = Number.isInteger(pageParam) && pageParam > 0 ? pageParam : 1
  const result = await listPortalProducts(PAGE_SIZE, (page - 1) * PAGE_SIZE)
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-stone-900">{t.title}</h1>
        <Link href={localePath(locale, "/portal/products/new")} className="btn-primary">
          {t.new}
        </Link>
      </div>
      {query.deleted === "1" ? (
        <p role="status" className="font-medium text-brand-700">
          {t.deleted}
        </p>
      ) : null}
      <p className="text-sm text-stone-700">{t.stockHint}</p>
      {!result.ok ? (
        <LoadError status={result.status} message={result.message} labels={portal} />
      ) : result.data.products.length === 0 ? (
        <Empty text={t.empty} />
      ) : (
        <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-stone-200">
                <th scope="col" className="p-2">{t.name}</th>
                <th scope="col" className="p-2">{t.brand}</th>
                <th scope="col" className="p-2">{t.status}</th>
                <th scope="col" className="p-2">{t.variants}</th>
              </tr>
            </thead>
            <tbody>
              {result.data.products.map((p) => (
                <tr key={p.id} className="border-b border-stone-100 align-top" data-testid="portal-product-row">
                  <td className="p-2">
                    <Link href={localePath(locale, `/portal/products/${p.id}`)} className="link">
                      {locale === "en" && p.title_en ? p.title_en : p.title}
                    </Link>
                  </td>
                  <td className="p-2">{p.brand?.name ?? ""}</td>
                  <td className="p-2">
                    {p.sale_state === "offline" ? t.offline : (t.statuses[p.status] ?? p.status)}
                    {p.status === "rejected" && p.review?.note ? <p className="text-danger-700">{p.review.note}</p> : null}
                  </td>
                  <td className="p-2">
                    <VariantStockTable locale={locale} variants={p.variants} labels={t} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <section className="space-y-3 rounded-lg border border-stone-200 bg-white p-4" aria-labelledby="product-sheet-heading">
        <h2 id="product-sheet-heading" className="text-lg font-semibold text-stone-900">
          {sheet.heading}
        </h2>
        <div className="flex flex-wrap items-center gap-3">
          {/* Plain links to a download route: the browser saves the file. */}
          <a className="btn-secondary" href={`${localePath(locale, "/portal/products/export")}?format=csv`} download>
            {sheet.exportCsv}
          </a>
          <a className="btn-secondary" href={`${localePath(locale, "/portal/products/export")}?format=xlsx`} download>
            {sheet.exportXlsx}
          </a>
        </div>
        <p className="text-sm text-stone-600">{sheet.exportHint}</p>
        <ProductSheetImportForm
          locale={locale}
          labels={{
            importLabel: sheet.importLabel,
            importSubmit: sheet.importSubmit,
            importHint: format(sheet.importHint, { rows: PRODUCT_IMPORT_LIMITS.maxRows, mb: PRODUCT_IMPORT_LIMITS.maxBytes / 1024 / 1024 }),
          }}
        />
      </section>
      {result.ok && result.data.count > PAGE_SIZE ? (
        <nav className="flex gap-3 text-sm" aria-label={t.title}>
          {page > 1 ? (
            <Link className="link" href={`${localePath(locale, "/portal/products")}?page=${page - 1}`}>
              ← {page - 1}
            </Link>
          ) : null}
          {page * PAGE_SIZE < result.data.count ? (
            <Link className="link" href={`${localePath(locale, "/portal/products")}?page=${page + 1}`}>
              {page + 1} →
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  )
}
