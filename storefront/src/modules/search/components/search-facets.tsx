import { findCounty, findRegion, type StorefrontLocale } from "@seleno/domain"
import Link from "next/link"
import { format, getMessages } from "@/i18n"
import { localePath } from "@/i18n/paths"
import type { BrandFacet, SearchResults } from "@/lib/data/search"
import { searchQueryString, withChange, type SearchState } from "@/lib/search/query"

const SELENIUM_BANDS: Record<string, { se_min: string; se_max?: string }> = {
  "0-0.1": { se_min: "0", se_max: "0.1" },
  "0.1-0.3": { se_min: "0.1", se_max: "0.3" },
  "0.3-1": { se_min: "0.3", se_max: "1" },
  "1+": { se_min: "1" },
}
const PRICE_BANDS: Record<string, { price_min: string; price_max?: string }> = {
  "0-50": { price_min: "0", price_max: "50" },
  "50-100": { price_min: "50", price_max: "100" },
  "100-200": { price_min: "100", price_max: "200" },
  "200+": { price_min: "200" },
}

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
  const seleniumOptions = facets.selenium
    .filter((r) => r.count > 0 && SELENIUM_BANDS[r.key])
    .map((r) => {
      const band = SELENIUM_BANDS[r.key]!
      const active = state.se_min === band.se_min && state.se_max === band.se_max
      return {
        label: band.se_max ? `${band.se_min}–${band.se_max}` : format(t.rangeAbove, { from: band.se_min }),
        count: r.count,
        active,
        next: withChange(state, active ? { se_min: undefined, se_max: undefined } : { se_min: band.se_min, se_max: band.se_max }),
      }
    })
  const priceOptions = facets.price
    .filter((r) => r.count > 0 && PRICE_BANDS[r.key])
    .map((r) => {
      const band = PRICE_BANDS[r.key]!
      const active = state.price_min === band.price_min && state.price_max === band.price_max
      return {
        label: band.price_max ? format(t.priceRange, { from: band.price_min, to: band.price_max }) : format(t.priceAbove, { from: band.price_min }),
        count: r.count,
        active,
        next: withChange(state, active ? { price_min: undefined, price_max: undefined } : { price_min: band.price_min, price_max: band.price_max }),
      }
    })
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
