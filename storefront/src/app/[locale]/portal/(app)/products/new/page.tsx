import type { Metadata } from "next"
import Link from "next/link"
import { getMessages, resolveLocale } from "@/i18n"
import { localePath } from "@/i18n/paths"
import { requirePortalMe } from "@/lib/data/portal"
import { authorizedBrands, categoryChoices } from "@/lib/data/portal-products"
import { ProductForm } from "@/modules/portal/components/product-forms"
import { productFormLabels } from "@/modules/portal/templates/product-labels"

export async function generateMetadata({ params }: PageProps<"/[locale]/portal/products/new">): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  return { title: getMessages(locale).portal.products.createTitle }
}

export default async function PortalNewProductPage({ params }: PageProps<"/[locale]/portal/products/new">) {
  const locale = resolveLocale((await params).locale)
  const { me } = await requirePortalMe(locale)
  const t = getMessages(locale).portal.products
  const [brands, categories] = await Promise.all([authorizedBrands(locale, me.enterprise.handle), categoryChoices(locale)])
  return (
    <div className="space-y-4">
      <Link href={localePath(locale, "/portal/products")} className="link text-sm">
        ← {t.back}
      </Link>
      <h1 className="text-2xl font-bold text-stone-900">{t.createTitle}</h1>
      <ProductForm
        locale={locale}
        labels={productFormLabels(t, t.create)}
        brands={brands.map((b) => ({ value: b.id, label: b.name }))}
        categories={categories}
      />
    </div>
  )
}
