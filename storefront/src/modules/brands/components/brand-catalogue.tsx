import { REGIONS, type StorefrontLocale } from "@seleno/domain"
import Link from "next/link"
import { format, getMessages, plural } from "@/i18n"
import { localePath } from "@/i18n/paths"
import type { BrandNode } from "@/lib/data/brands"

interface RegionGroup {
  code: string
  title: string
  province?: string
  brands: BrandNode[]
}

/** Groups root brands by region in REGIONS order; brands of a region outside REGIONS come last. */
function groupByRegion(brands: BrandNode[], locale: StorefrontLocale): RegionGroup[] {
  const lang = locale === "en" ? "en" : "zh"
  const t = getMessages(locale).brands
  const groups: RegionGroup[] = REGIONS.map((r) => ({
    code: r.code,
    title: format(t.regionHeading, { region: r.name[lang], tagline: r.tagline[lang] }),
    province: r.province[lang],
    brands: [],
  }))
  for (const brand of brands) {
    let group = groups.find((g) => g.code === brand.region)
    if (!group) {
      group = { code: brand.region, title: brand.region, brands: [] }
      groups.push(group)
    }
    group.brands.push(brand)
  }
  return groups.filter((g) => g.brands.length > 0)
}

function BrandCard({ brand, locale }: { brand: BrandNode; locale: StorefrontLocale }) {
  const t = getMessages(locale).brands
  const href = (handle: string) => localePath(locale, `/brands/${handle}`)
  return (
    <article className="flex h-full flex-col gap-2 rounded-lg border border-stone-200 bg-white p-4">
      <h3 className="text-lg font-semibold text-stone-900">
        <Link href={href(brand.handle)} className="link">
          {brand.name}
        </Link>
      </h3>
      <p className="flex flex-wrap gap-2 text-xs">
        <span className="rounded bg-brand-50 px-2 py-0.5 font-medium text-brand-800">{t.markType[brand.mark_type]}</span>
        <span className="rounded bg-stone-100 px-2 py-0.5 text-stone-800">{t.level[brand.level]}</span>
      </p>
      <p className="text-sm text-stone-700">{plural(t.productCount, brand.total_product_count, locale)}</p>
      {brand.children.length ? (
        <ul aria-label={format(t.subBrands, { name: brand.name })} className="mt-1 space-y-1 border-t border-stone-200 pt-2 text-sm">
          {brand.children.map((child) => (
            <li key={child.id} className="flex items-baseline justify-between gap-3">
              <Link href={href(child.handle)} className="link inline-block py-1">
                {child.name}
              </Link>
              <span className="shrink-0 text-stone-700">{plural(t.productCount, child.total_product_count, locale)}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </article>
  )
}

/** The brand catalogue: one section per region, a card per root brand with its county brands beneath. */
export function BrandCatalogue({ brands, locale }: { brands: BrandNode[]; locale: StorefrontLocale }) {
  const t = getMessages(locale).brands
  const groups = groupByRegion(brands, locale)
  if (!groups.length) return <p className="rounded-md bg-white p-6 text-stone-700">{t.empty}</p>
  return (
    <div className="space-y-10">
      {groups.map((group) => (
        <section key={group.code} aria-labelledby={`region-${group.code}`}>
          <h2 id={`region-${group.code}`} className="text-xl font-bold text-stone-900">
            {group.title}
          </h2>
          {group.province ? <p className="text-sm text-stone-700">{group.province}</p> : null}
          <ul className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {group.brands.map((brand) => (
              <li key={brand.id}>
                <BrandCard brand={brand} locale={locale} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  )
}
