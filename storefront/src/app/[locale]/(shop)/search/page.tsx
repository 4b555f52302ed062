import type { Metadata } from "next"
import { format, getMessages, resolveLocale } from "@/i18n"
import { listCategories } from "@/lib/data/categories"
import { listCampaignOffersByProduct } from "@/lib/data/offers"
import { searchProducts } from "@/lib/data/search"
import { readSearchState } from "@/lib/search/query"
import { alternatesFor } from "@/lib/site"
import { SearchPage } from "@/modules/search/templates/search-page"

export async function generateMetadata({ params, searchParams }: PageProps<"/[locale]/search">): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  const state = readSearchState(await searchParams)
  const t = getMessages(locale).search
  return {
    title: state.q ? format(t.titleFor, { q: state.q }) : t.title,
    description: t.metaDescription,
    alternates: alternatesFor(locale, "/search"),
  }
}

export default async function Search({ params, searchParams }: PageProps<"/[locale]/search">) {
  const locale = resolveLocale((await params).locale)
  const state = readSearchState(await searchParams)
  const [outcome, categories] = await Promise.all([searchProducts(locale, state), listCategories(locale).catch(() => [])])
  // One request for the page's hits; empty (regular prices) when it fails.
  const offers = outcome.ok ? await listCampaignOffersByProduct(locale, outcome.results.products.map((hit) => hit.id)) : undefined
  return (
    <SearchPage
      state={state}
      outcome={outcome}
      categoryNames={new Map(categories.map((c) => [c.handle, c.name]))}
      locale={locale}
      offers={offers}
    />
  )
}
