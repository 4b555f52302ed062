import type { HttpTypes } from "@medusajs/types"
import { findCounty, placeCity, type StorefrontLocale } from "@seleno/domain"
import Link from "next/link"
import { format, formatDate, getMessages } from "@/i18n"
import { localePath } from "@/i18n/paths"
import { campaignName, localized, paragraphs, phaseAt, type StoreCampaign } from "@/lib/campaigns"
import { ProductGrid } from "@/modules/catalog/components/product-card"
import { LiveBadge, PhaseBadge } from "../components/badges"
import { campaignDates, hasLiveSession } from "../components/campaign-card"
import { CampaignCountdown } from "../components/campaign-countdown"
import { LiveSessionList } from "../components/live-session-list"
import { OfferCodes } from "../components/offer-codes"

/** The landing page of one campaign: hero, copy, codes, countdown, sessions, brands, counties, products. */
export function CampaignLanding({
  campaign,
  products,
  locale,
  now,
}: {
  campaign: StoreCampaign
  products: HttpTypes.StoreProduct[]
  locale: StorefrontLocale
  now: Date
}) {
  const t = getMessages(locale).campaigns
  const lang = locale === "en" ? "en" : "zh"
  const name = campaignName(campaign, locale)
  const phase = phaseAt(campaign, now)
  const body = paragraphs(localized(campaign.body ?? "", campaign.body_en, locale))
  const codes = phase === "ended" ? [] : (campaign.codes ?? [])
  const sessions = campaign.live_sessions ?? []
  const brands = campaign.featured_brands ?? []
  const counties = (campaign.featured_county_codes ?? []).map((code) => {
    const found = findCounty(code)
    return { code, name: found?.county.name[lang] ?? code, region: found ? placeCity(found, lang) : undefined }
  })
  return (
    <article className="space-y-8">
      <div>
        <nav aria-label={t.breadcrumbLabel}>
          <ol className="flex flex-wrap items-center gap-x-2 text-sm text-stone-700">
            <li>
              <Link href={localePath(locale, "/campaigns")} className="link">
                {t.title}
              </Link>
            </li>
            <li className="flex items-center gap-x-2">
              <span aria-hidden="true">/</span>
              <span aria-current="page">{name}</span>
            </li>
          </ol>
        </nav>
        {campaign.hero_image_url ? (
          <img
            src={campaign.hero_image_url}
            alt={name}
            width={1200}
            height={450}
            className="mt-3 aspect-[8/3] w-full rounded-xl bg-brand-50 object-cover"
          />
        ) : null}
        <p className="mt-4 flex flex-wrap items-center gap-2">
          <PhaseBadge phase={phase} locale={locale} />
          {hasLiveSession(campaign, now) ? <LiveBadge locale={locale} /> : null}
        </p>
        <h1 className="mt-2 text-2xl font-bold text-stone-900 sm:text-3xl">{name}</h1>
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-stone-700">{t.kindLabel}</dt>
          <dd>{t.kind[campaign.kind] ?? campaign.kind}</dd>
          <dt className="text-stone-700">{t.datesLabel}</dt>
          <dd>{campaignDates(campaign, locale)}</dd>
        </dl>
        <div className="mt-4">
          {phase === "ended" ? (
            <div role="status" className="rounded-lg border border-stone-300 bg-stone-100 p-4">
              <h2 className="text-lg font-bold text-stone-900">{t.ended}</h2>
              {campaign.ends_at ? <p className="mt-1 text-stone-800">{format(t.endedOn, { date: formatDate(campaign.ends_at, locale, true) })}</p> : null}
            </div>
          ) : (
            <CampaignCountdown item={campaign} locale={locale} now={now} />
          )}
        </div>
      </div>

      {body.length ? (
        <section aria-labelledby="campaign-about" className="max-w-prose">
          <h2 id="campaign-about" className="text-xl font-bold text-stone-900">
            {t.aboutTitle}
          </h2>
          <div className="mt-2 space-y-2 text-stone-800">
            {body.map((p, i) => (
              <p key={i}>{p}</p>
            ))}
          </div>
        </section>
      ) : null}

      {codes.length ? (
        <section aria-labelledby="campaign-codes">
          <h2 id="campaign-codes" className="text-xl font-bold text-stone-900">
            {t.codesTitle}
          </h2>
          <p className="mt-1 text-sm text-stone-700">{t.codesIntro}</p>
          <OfferCodes codes={codes} locale={locale} labelledBy="campaign-codes" />
        </section>
      ) : null}

      {sessions.length ? (
        <section aria-labelledby="campaign-sessions">
          <h2 id="campaign-sessions" className="text-xl font-bold text-stone-900">
            {t.sessionsTitle}
          </h2>
          <div className="mt-3">
            <LiveSessionList sessions={sessions} locale={locale} now={now} label={t.sessionsTitle} />
          </div>
        </section>
      ) : null}

      {brands.length ? (
        <section aria-labelledby="campaign-brands">
          <h2 id="campaign-brands" className="text-xl font-bold text-stone-900">
            {t.brandsTitle}
          </h2>
          <ul className="mt-3 flex flex-wrap gap-2">
            {brands.map((brand) => (
              <li key={brand.id}>
                <Link
                  href={localePath(locale, `/brands/${brand.handle}`)}
                  className="inline-flex min-h-11 items-center rounded-lg border border-stone-300 bg-white px-4 py-2 font-semibold text-brand-800 hover:border-brand-700"
                >
                  {localized(brand.name, brand.name_en, locale)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {counties.length ? (
        <section aria-labelledby="campaign-counties">
          <h2 id="campaign-counties" className="text-xl font-bold text-stone-900">
            {t.countiesTitle}
          </h2>
          <ul className="mt-3 flex flex-wrap gap-2">
            {counties.map((county) => (
              <li key={county.code} className="rounded-lg border border-brand-100 bg-brand-50 px-4 py-2">
                <span className="font-semibold text-brand-800">{county.name}</span>
                {county.region ? <span className="ml-2 text-sm text-stone-700">{county.region}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {products.length ? (
        <section aria-labelledby="campaign-products">
          <h2 id="campaign-products" className="text-xl font-bold text-stone-900">
            {t.productsTitle}
          </h2>
          <div className="mt-4">
            <ProductGrid products={products} locale={locale} label={t.productsTitle} />
          </div>
        </section>
      ) : null}
    </article>
  )
}
