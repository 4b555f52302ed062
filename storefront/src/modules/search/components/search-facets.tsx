import { findCounty, findRegion, PRICE_SEARCH_BANDS, SELENIUM_SEARCH_BANDS, type SearchBand, type StorefrontLocale } from "@seleno/domain"
import Link from "next/link"
import { format, getMessages } from "@/i18n"
import { localePath } from "@/i18n/paths"
import type { BrandFacet, SearchResults } from "@/lib/data/search"
import { searchQueryString, withChange, type SearchState } from "@/lib/search/query"

interface Option {
  label: string
  count: number
  active: boolean
  /** The state this option leads to: set when inactive, cleared when active. */
  next: SearchState
}

function FacetGroup({ title, options, href }: { title: string; options: Option[]; href: (s: SearchState) => string }) {
  if (!options.length) return null
  return (
    <fieldset className="border-t border-stone-200 pt-3">
      <legend className="text-sm font-semibold text-stone-900">{title}</legend>
      <ul className="mt-2 space-y-1 text-sm">
        {options.map((o) => (
          <li key={o.label}>
            <Link
              href={href(o.next)}
              aria-current={o.active ? "true" : undefined}
              className="flex justify-between gap-2 rounded px-2 py-1 hover:bg-brand-50 aria-[current=true]:bg-brand-700 aria-[current=true]:text-white"
            >
              <span>{o.label}</span>
              <span>{o.count}</span>
            </Link>
          </li>
        ))}
      </ul>
    </fieldset>
  )
}

/** A band facet's links: the band's bounds go into (or, when active, out of) the URL's min/max pair. */
function bandOptions(
  counts: { key: string; count: number }[],
  bands: readonly SearchBand[],
  bounds: { min: string | undefined; max: string | undefined },
  select: (min: string | undefined, max: string | undefined) => SearchState,
  label: (from: string, to: string | undefined) => string
): Option[] {
  return counts.flatMap(({ key, count }) => {
    const band = bands.find((b) => b.key === key)
    if (!band || count === 0) return []
    const [min, max] = [String(band.from), band.to === undefined ? undefined : String(band.to)]
    const active = bounds.min === min && bounds.max === max
    return [{ label: label(min, max), count, active, next: active ? select(undefined, undefined) : select(min, max) }]
  })
}

function flattenBrands(brands: BrandFacet[], depth = 0): { brand: BrandFacet; depth: number }[] {
  return brands.flatMap((brand) => [{ brand, depth }, ...flattenBrands(brand.children, depth + 1)])
}

/** Facets as links (no JavaScript needed): each shows its count and toggles its filter in the URL. */
export function SearchFacets({
  state,
  facets,
  categoryNames,
  locale,
}: {
  state: SearchState
  facets: SearchResults["facets"]
  categoryNames: Map<string, string>
  locale: StorefrontLocale
}) {
  const t = getMessages(locale).search
  const english = locale === "en"
  const href = (s: SearchState) => `${localePath(locale, "/search")}${searchQueryString(s)}`
  const toggle = <K extends keyof SearchState>(key: K, value: SearchState[K], extra: Partial<SearchState> = {}) =>
    state[key] === value ? withChange(state, { [key]: undefined } as Partial<SearchState>) : withChange(state, { [key]: value, ...extra })
  const brandOptions = flattenBrands(facets.brand).map(({ brand, depth }) => ({
    label: `${"\u2003".repeat(depth)}${brand.name}`,
    count: brand.count,
    active: state.brand === brand.handle,
    next: toggle("brand", brand.handle),
  }))
  const regionOptions = facets.region.map((r) => ({
    label: findRegion(r.value)?.name[english ? "en" : "zh"] ?? r.value,
    count: r.count,
    active: state.region === r.value,
    next: state.region === r.value ? withChange(state, { region: undefined, county: undefined }) : withChange(state, { region: r.value }),
  }))
  const countyOptions = facets.county.map((c) => ({
    label: findCounty(c.value)?.county.name[english ? "en" : "zh"] ?? c.value,
    count: c.count,
    active: state.county === c.value,
    next: toggle("county", c.value),
  }))
  const categoryOptions = facets.category.map((c) => ({
    label: categoryNames.get(c.value) ?? c.value,
    count: c.count,
    active: state.category === c.value,
    next: toggle("category", c.value),
  }))
  const seleniumOptions = bandOptions(
    facets.selenium,
    SELENIUM_SEARCH_BANDS,
    { min: state.se_min, max: state.se_max },
    (se_min, se_max) => withChange(state, { se_min, se_max }),
    (from, to) => (to ? `${from}–${to}` : format(t.rangeAbove, { from }))
  )
  const priceOptions = bandOptions(
    facets.price,
    PRICE_SEARCH_BANDS,
    { min: state.price_min, max: state.price_max },
    (price_min, price_max) => withChange(state, { price_min, price_max }),
    (from, to) => (to ? format(t.priceRange, { from, to }) : format(t.priceAbove, { from }))
  )
  const certifiedOption = {
    label: t.certifiedOnly,
    count: facets.certified,
    active: state.certified,
    next: withChange(state, { certified: !state.certified }),
  }
  return (
    <nav aria-label={t.filtersLabel} className="space-y-3">
      <FacetGroup title={t.facetCertified} options={[certifiedOption]} href={href} />
      <FacetGroup title={t.facetBrand} options={brandOptions} href={href} />
      <FacetGroup title={t.facetRegion} options={regionOptions} href={href} />
      <FacetGroup title={t.facetCounty} options={countyOptions} href={href} />
      <FacetGroup title={t.facetCategory} options={categoryOptions} href={href} />
      <FacetGroup title={t.facetSelenium} options={seleniumOptions} href={href} />
      <FacetGroup title={t.facetPrice} options={priceOptions} href={href} />
    </nav>
  )
}
