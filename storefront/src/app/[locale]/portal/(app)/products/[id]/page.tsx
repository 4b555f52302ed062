import type { Metadata } from "next"
import Link from "next/link"
import { format, getMessages, resolveLocale } from "@/i18n"
import { localePath } from "@/i18n/paths"
import { requirePortalMe } from "@/lib/data/portal"
import { authorizedBrands, categoryChoices, retrievePortalProduct } from "@/lib/data/portal-products"
import { AddVariantForm, ProductForm, SubmitForReviewForm, VariantForm } from "@/modules/portal/components/product-forms"
import { DeleteListingForm, ListingSaleForm } from "@/modules/portal/components/listing-sale-forms"
import { LowStockForm } from "@/modules/portal/components/low-stock-form"
import { VariantStockTable } from "@/modules/portal/components/variant-stock"
import { DetailUnavailable } from "@/modules/portal/components/states"
import { productFormLabels } from "@/modules/portal/templates/product-labels"

export async function generateMetadata({ params }: PageProps<"/[locale]/portal/products/[id]">): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  return { title: getMessages(locale).portal.products.title }
}

export default async function PortalProductPage({ params, searchParams }: PageProps<"/[locale]/portal/products/[id]">) {
  const { locale: rawLocale, id } = await params
  const locale = resolveLocale(rawLocale)
  const { me } = await requirePortalMe(locale)
  const portal = getMessages(locale).portal
  const t = portal.products
  const [result, brands, categories] = await Promise.all([
    retrievePortalProduct(id),
    authorizedBrands(locale, me.enterprise.handle),
    categoryChoices(locale),
  ])
  const back = (
    <Link href={localePath(locale, "/portal/products")} className="link text-sm">
      ← {t.back}
    </Link>
  )
  if (!result.ok) {
    return <DetailUnavailable back={back} status={result.status} message={result.message} notFoundText={t.errorNotFound} labels={portal} />
  }
  const product = result.data.product
  const query = await searchParams
  const saved = query.saved === "1"
  const submitted = query.submitted === "1"
  // The current brand stays choosable even if its authorization has since lapsed (the backend says so on save).
  const brandOptions = brands.map((b) => ({ value: b.id, label: b.name }))
  if (product.brand && !brandOptions.some((b) => b.value === product.brand!.id)) brandOptions.push({ value: product.brand.id, label: product.brand.name })
  const canSubmit = product.status === "draft" || product.status === "rejected"
  const offline = product.sale_state === "offline"
  return (
    <div className="space-y-6">
      {back}
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold text-stone-900">{format(t.editTitle, { title: product.title })}</h1>
        <p className="font-medium" data-testid="portal-product-status">
          {t.status}: {product.sale_state === "offline" ? t.offline : (t.statuses[product.status] ?? product.status)}
        </p>
      </div>
      {saved ? (
        <p role="status" className="font-medium text-brand-700">
          {t.saved}
        </p>
      ) : null}
      {submitted ? (
        <p role="status" className="font-medium text-brand-700">
          {t.submitted}
        </p>
      ) : null}
      {product.status === "rejected" && product.review?.note ? (
        <p role="alert" className="rounded-md border border-danger-700 bg-white p-3 text-sm">
          {format(t.reviewRejected, { note: product.review.note })}
        </p>
      ) : null}
      {canSubmit ? (
        <section className="rounded-lg border border-stone-200 bg-white p-5">
          <SubmitForReviewForm locale={locale} productId={product.id} labels={{ submit: t.submit, hint: t.submitHint }} />
        </section>
      ) : null}
      {product.sale_state !== "not_published" ? (
        <section aria-label={t.sale} className="rounded-lg border border-stone-200 bg-white p-5">
          <ListingSaleForm
            locale={locale}
            productId={product.id}
            offline={offline}
            labels={offline ? { hint: t.putBackHint, submit: t.putBack } : { hint: t.takeOfflineHint, submit: t.takeOffline }}
          />
        </section>
      ) : null}
      <section aria-labelledby="variants" className="space-y-3 rounded-lg border border-stone-200 bg-white p-5">
        <h2 id="variants" className="font-semibold">
          {t.priceStock}
        </h2>
        <p className="text-sm text-stone-700">{t.priceStockHint}</p>
        <VariantStockTable locale={locale} variants={product.variants} labels={t} />
        <p className="text-sm text-stone-700">{t.stockHint}</p>
        <p className="text-sm text-stone-700">{t.thresholdHint}</p>
        <ul className="divide-y divide-stone-200">
          {product.variants.map((v) => (
            <li key={v.id} className="space-y-2 py-3">
              {/* Price and the stock figures are in the table above; the row names the variant it edits. */}
              <p className="font-medium">
                {v.title}
                {v.sku ? <span className="text-sm text-stone-600"> · {v.sku}</span> : null}
              </p>
              <VariantForm
                locale={locale}
                productId={product.id}
                variant={{ id: v.id, title: v.title, price: v.price !== null ? String(v.price) : "", stock: String(v.stock), gtin: v.gtin ?? "" }}
                labels={{ price: t.price, stock: t.stock, gtin: t.variantGtin, save: t.saveVariant, saveFor: format(t.saveVariantFor, { variant: v.title }) }}
              />
              <LowStockForm
                locale={locale}
                productId={product.id}
                variant={{ id: v.id, title: v.title, threshold: v.low_stock_threshold !== null ? String(v.low_stock_threshold) : "" }}
                labels={{ threshold: t.threshold, save: t.saveThreshold, saveFor: format(t.saveThresholdFor, { variant: v.title }) }}
              />
            </li>
          ))}
        </ul>
      </section>
      <section aria-label={t.addVariant}>
        <AddVariantForm
          locale={locale}
          productId={product.id}
          labels={{
            legend: t.addVariant,
            hint: t.addVariantHint,
            variantTitle: t.variantTitle,
            variantTitleHint: t.variantTitleHint,
            variantTitleEn: t.variantTitleEn,
            sku: t.sku,
            gtin: t.gtin,
            gtinHint: t.gtinHint,
            price: t.price,
            priceHint: t.priceHint,
            stock: t.stock,
            submit: t.addVariant,
          }}
        />
      </section>
      <section aria-labelledby="details" className="space-y-3">
        <h2 id="details" className="text-lg font-semibold">
          {t.saveDetails}
        </h2>
        <ProductForm
          locale={locale}
          labels={productFormLabels(t, t.saveDetails)}
          brands={brandOptions}
          categories={categories}
          product={{
            id: product.id,
            title: product.title,
            title_en: product.title_en ?? "",
            description: product.description ?? "",
            description_en: product.description_en ?? "",
            brand_id: product.brand?.id ?? "",
            categories: product.categories.map((c) => c.handle),
            selenium_mg_per_kg: product.selenium_mg_per_kg !== null ? String(product.selenium_mg_per_kg) : "",
            serving_g: product.serving_g !== null ? String(product.serving_g) : "",
            images: product.images,
          }}
        />
      </section>
      {product.sale_state !== "on_sale" ? (
        <section aria-label={t.deleteListing} className="rounded-lg border border-stone-200 bg-white p-5">
          <DeleteListingForm
            locale={locale}
            productId={product.id}
            labels={{ hint: t.deleteHint, submit: t.deleteListing, confirm: format(t.deleteConfirm, { title: product.title }), yes: t.deleteYes, no: t.deleteNo }}
          />
        </section>
      ) : null}
    </div>
  )
}
