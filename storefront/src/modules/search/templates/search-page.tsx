import type { StorefrontLocale } from "@seleno/domain"
import Link from "next/link"
import { format, getMessages } from "@/i18n"
import { localePath } from "@/i18n/paths"
import type { SearchOutcome } from "@/lib/data/search"
import type { CampaignOffer } from "@/lib/offers"
import { FILTER_KEYS, SEARCH_SORTS, searchQueryString, withChange, type SearchState } from "@/lib/search/query"
import { Pagination } from "@/modules/catalog/components/pagination"
import { SearchFacets } from "../components/search-facets"
import { SearchHitCard } from "../components/search-hit-card"

function SortForm({ state, locale }: { state: SearchState; locale: StorefrontLocale }) {
  const t = getMessages(locale).search
  const labels = { relevance: t.sortRelevance, price_asc: t.sortPriceAsc, price_desc: t.sortPriceDesc, newest: t.sortNewest }
  const kept = new URLSearchParams(searchQueryString(withChange(state, { sort: "relevance" })).slice(1))
  return (
    <form method="get" action={localePath(locale, "/search")} className="flex items-end gap-2">
      {[...kept.entries()].map(([key, value]) => (
        <input key={key} type="hidden" name={key} value={value} />
      ))}
      <div>
        <label htmlFor="search-sort" className="field-label">
          {t.sortLabel}
        </label>
        <select id="search-sort" name="sort" defaultValue={state.sort} className="field-input">
          {SEARCH_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {labels[sort]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="btn-secondary">
        {getMessages(locale).store.apply}
      </button>
    </form>
  )
}

function EmptyResults({ locale }: { locale: StorefrontLocale }) {
  const t = getMessages(locale).search
  return (
    <div className="rounded-lg bg-white p-6 text-stone-800" data-testid="search-empty">
      <h2 className="text-lg font-semibold">{t.emptyTitle}</h2>
      <p className="mt-2">{t.emptyHint}</p>
      <p className="mt-4 text-sm">{t.emptySuggestions}</p>
      <ul className="mt-2 flex flex-wrap gap-2">
        {t.popular.map((q) => (
          <li key={q}>
            <Link href={`${localePath(locale, "/search")}?q=${encodeURIComponent(q)}`} className="inline-block rounded-full border border-stone-300 px-3 py-1.5 text-sm hover:bg-brand-50">
              {q}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  )
}

/** The search page: sort, facets, results with marked matches, pagination; everything a link or a GET form. */
export function SearchPage({
  state,
  outcome,
  categoryNames,
  locale,
  offers,
}: {
  state: SearchState
  outcome: SearchOutcome
  categoryNames: Map<string, string>
  locale: StorefrontLocale
  /** Running campaigns' automatic discounts by product id (one request for the page). */
  offers?: ReadonlyMap<string, readonly CampaignOffer[]>
}) {
  const t = getMessages(locale).search
  const ts = getMessages(locale).store
  const href = (s: SearchState) => `${localePath(locale, "/search")}${searchQueryString(s)}`
  const heading = state.q ? format(t.titleFor, { q: state.q }) : t.title
  if (!outcome.ok) {
    return (
      <div>
        <h1 className="text-2xl font-bold text-stone-900">{heading}</h1>
        <p role="alert" className="mt-4 rounded-md bg-red-50 p-4 text-danger-700">
          {format(t.badRequest, { reason: outcome.reason })}
        </p>
        <EmptyResults locale={locale} />
      </div>
    )
  }
  const { results } = outcome
  const filtered = state.certified || FILTER_KEYS.some((key) => state[key])
  return (
    <div>
      <h1 className="text-2xl font-bold text-stone-900">{heading}</h1>
      <div className="mt-4 flex flex-wrap items-end justify-between gap-4">
        <p className="text-sm text-stone-700" role="status" data-testid="search-count">
          {format(t.resultCount, { count: results.count })}
        </p>
        <SortForm state={state} locale={locale} />
      </div>
      {filtered ? (
        <p className="mt-2 text-sm">
          <Link href={href({ q: state.q, certified: false, sort: state.sort, page: 1 })} className="link">
            {t.clearAll}
          </Link>
        </p>
      ) : null}
      <div className="mt-4 grid gap-6 lg:grid-cols-[14rem_1fr]">
        <SearchFacets state={state} facets={results.facets} categoryNames={categoryNames} locale={locale} />
        <div>
          {results.products.length ? (
            <ul aria-label={t.resultsLabel} className="grid grid-cols-2 gap-3 sm:grid-cols-3 sm:gap-4">
              {results.products.map((hit) => (
                <li key={hit.id}>
                  <SearchHitCard hit={hit} query={state.q} locale={locale} offers={offers?.get(hit.id)} />
                </li>
              ))}
            </ul>
          ) : (
            <EmptyResults locale={locale} />
          )}
          <Pagination
            page={results.page}
            pages={results.pages}
            hrefFor={(page) => href({ ...state, page })}
            labels={{ label: ts.paginationLabel, previous: ts.previous, next: ts.next, pageOf: ts.pageOf }}
          />
        </div>
      </div>
    </div>
  )
}
