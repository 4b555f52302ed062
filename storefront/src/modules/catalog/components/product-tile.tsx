import type { StorefrontLocale } from "@seleno/domain"
import Link from "next/link"
import type { ReactNode } from "react"
import { format, getMessages } from "@/i18n"
import { CampaignPrice, type PriceDisplay } from "@/modules/product/components/campaign-price"
import { CertifiedMark } from "@/modules/trace/components/certification"

export interface ProductTileFacts {
  href: string
  /** The title as shown: plain, or with a search's matches marked. */
  title: ReactNode
  imageAlt: string
  thumbnail: string | null
  brandName?: string | null
  certified: boolean
  seleniumMgPerKg: number | null
  priceText: string | null
  /** A price with its campaign or live-session discount; shown instead of `priceText` when given. */
  price?: PriceDisplay | null
  soldOut: boolean
}

/** The product tile every list shows (catalogue, brand, enterprise, search); the whole tile is one link. */
export function ProductTile({ facts, locale, headingLevel = 3 }: { facts: ProductTileFacts; locale: StorefrontLocale; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3"
  const t = getMessages(locale).product
  return (
    <article className="relative flex h-full flex-col overflow-hidden rounded-lg border border-stone-200 bg-white focus-within:ring-2 focus-within:ring-blue-700">
      {facts.thumbnail ? (
        <img src={facts.thumbnail} alt={facts.imageAlt} width={400} height={300} loading="lazy" className="aspect-[4/3] w-full bg-brand-50 object-cover" />
      ) : (
        <div className="aspect-[4/3] w-full bg-brand-50" aria-hidden="true" />
      )}
      <div className="flex flex-1 flex-col gap-1 p-3">
        <Heading className="font-semibold text-stone-900">
          <Link href={facts.href} className="after:absolute after:inset-0 hover:underline focus:outline-none">
            {/* A fragment: next/link's children are typed against the hoisted @types/react. */}
            <>{facts.title}</>
          </Link>
        </Heading>
        {facts.brandName ? <p className="text-sm text-stone-700">{facts.brandName}</p> : null}
        {facts.certified ? (
          <p>
            <CertifiedMark locale={locale} />
          </p>
        ) : null}
        {facts.seleniumMgPerKg !== null ? (
          <p className="text-sm text-stone-600">
            {t.seleniumContent} {format(t.seleniumContentValue, { value: facts.seleniumMgPerKg })}
          </p>
        ) : null}
        <p className="mt-auto flex items-center justify-between gap-2 pt-2">
          {facts.price ? (
            <CampaignPrice price={facts.price} />
          ) : facts.priceText ? (
            <span className="font-semibold text-earth-700">{facts.priceText}</span>
          ) : (
            <span />
          )}
          {facts.soldOut ? <span className="rounded bg-stone-200 px-2 py-0.5 text-xs font-medium text-stone-800">{t.soldOut}</span> : null}
        </p>
      </div>
    </article>
  )
}
