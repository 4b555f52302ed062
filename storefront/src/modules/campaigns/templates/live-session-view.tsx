import type { HttpTypes } from "@medusajs/types"
import { formatPrice, type StorefrontLocale } from "@seleno/domain"
import Link from "next/link"
import { format, formatDate, getMessages } from "@/i18n"
import { localePath } from "@/i18n/paths"
import { campaignName, phaseAt, safeExternalUrl, sessionTitle, type StoreCampaign, type StoreLiveSession } from "@/lib/campaigns"
import { LiveBadge, PhaseBadge } from "../components/badges"
import { campaignDates } from "../components/campaign-card"
import { CampaignCountdown } from "../components/campaign-countdown"

/** A link to a page outside the shop (the stream, the replay), opened in a new tab and said so. */
function ExternalLink({ href, children, newTab, primary }: { href: string; children: string; newTab: string; primary?: boolean }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className={primary ? "btn-primary" : "btn-secondary"}>
      {children}
      <span className="sr-only">{newTab}</span>
      <span aria-hidden="true" className="ml-1">
        ↗
      </span>
    </a>
  )
}

/** The page of one live session: host and times, the stream while live, session prices of its products. */
export function LiveSessionView({
  session,
  campaign,
  products,
  locale,
  now,
}: {
  session: StoreLiveSession
  campaign: StoreCampaign | undefined
  products: HttpTypes.StoreProduct[]
  locale: StorefrontLocale
  now: Date
}) {
  const t = getMessages(locale).campaigns
  const tl = t.live
  const title = sessionTitle(session, locale)
  const phase = phaseAt(session, now)
  const stream = phase === "running" ? safeExternalUrl(session.stream_url) : null
  const replay = phase === "ended" ? safeExternalUrl(session.replay_url) : null
  const byId = new Map(products.map((p) => [p.id, p]))
  const rows = (session.products ?? []).flatMap((item) => {
    const product = byId.get(item.product_id)
    if (!product) return []
    const variants = product.variants ?? []
    const variant = variants.find((v) => v.id === item.variant_id)
    return [{ ...item, product, variantTitle: variants.length > 1 ? (variant?.title ?? null) : null }]
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
            {campaign ? (
              <li className="flex items-center gap-x-2">
                <span aria-hidden="true">/</span>
                <Link href={localePath(locale, `/campaigns/${campaign.handle}`)} className="link">
                  {campaignName(campaign, locale)}
                </Link>
              </li>
            ) : null}
            <li className="flex items-center gap-x-2">
              <span aria-hidden="true">/</span>
              <span aria-current="page">{title}</span>
            </li>
          </ol>
        </nav>
        <p className="mt-4 flex flex-wrap items-center gap-2">
          {phase === "running" ? <LiveBadge locale={locale} /> : <PhaseBadge phase={phase} locale={locale} />}
        </p>
        <h1 className="mt-2 text-2xl font-bold text-stone-900 sm:text-3xl">{title}</h1>
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-stone-700">{tl.hostLabel}</dt>
          <dd>{session.host}</dd>
          <dt className="text-stone-700">{tl.timeLabel}</dt>
          <dd>{campaignDates(session, locale)}</dd>
          {campaign ? (
            <>
              <dt className="text-stone-700">{tl.campaignLabel}</dt>
              <dd>
                <Link href={localePath(locale, `/campaigns/${campaign.handle}`)} className="link">
                  {campaignName(campaign, locale)}
                </Link>
              </dd>
            </>
          ) : null}
        </dl>

        <div className="mt-4 space-y-3">
          {phase === "running" ? (
            <>
              {stream ? (
                <p>
                  <ExternalLink href={stream} newTab={tl.newTab} primary>
                    {tl.watch}
                  </ExternalLink>
                </p>
              ) : (
                <p className="text-stone-700">{tl.noStream}</p>
              )}
              <CampaignCountdown item={session} locale={locale} now={now} />
            </>
          ) : null}
          {phase === "upcoming" ? (
            <>
              <CampaignCountdown item={session} locale={locale} now={now} />
              <p className="max-w-prose text-stone-700">{tl.upcomingNote}</p>
            </>
          ) : null}
          {phase === "ended" ? (
            <div role="status" className="rounded-lg border border-stone-300 bg-stone-100 p-4">
              <h2 className="text-lg font-bold text-stone-900">{tl.ended}</h2>
              <p className="mt-1 text-stone-800">{format(tl.endedOn, { date: formatDate(session.ends_at, locale, true) })}</p>
              <p className="mt-1 text-stone-800">{tl.endedPrices}</p>
              {replay ? (
                <p className="mt-3">
                  <ExternalLink href={replay} newTab={tl.newTab}>
                    {tl.replay}
                  </ExternalLink>
                </p>
              ) : null}
            </div>
          ) : null}
        </div>
      </div>

      {rows.length ? (
        <section aria-labelledby="live-products">
          <h2 id="live-products" className="text-xl font-bold text-stone-900">
            {tl.productsTitle}
          </h2>
          <ul aria-labelledby="live-products" className="mt-4 grid gap-3 sm:grid-cols-2">
            {rows.map((row) => (
              <li key={row.variant_id} className="flex gap-3 rounded-lg border border-stone-200 bg-white p-3">
                {row.product.thumbnail ? (
                  <img src={row.product.thumbnail} alt="" width={96} height={72} loading="lazy" className="h-18 w-24 shrink-0 rounded bg-brand-50 object-cover" />
                ) : (
                  <div className="h-18 w-24 shrink-0 rounded bg-brand-50" aria-hidden="true" />
                )}
                <div className="flex flex-1 flex-col gap-1">
                  <h3 className="font-semibold text-stone-900">
                    <Link href={localePath(locale, `/products/${row.product.handle}`)} className="link">
                      {row.product.title}
                    </Link>
                  </h3>
                  {row.variantTitle ? <p className="text-sm text-stone-700">{row.variantTitle}</p> : null}
                  {phase === "ended" ? (
                    <p className="text-sm">
                      {tl.price} <span className="font-semibold text-stone-900">{formatPrice(row.original_amount, locale)}</span>
                    </p>
                  ) : (
                    <p className="flex flex-wrap items-baseline gap-x-3 text-sm">
                      <span>
                        {tl.sessionPrice} <span className="text-lg font-bold text-earth-700">{formatPrice(row.amount, locale)}</span>
                      </span>
                      <span className="text-stone-700">
                        {tl.regularPrice} <s>{formatPrice(row.original_amount, locale)}</s>
                      </span>
                    </p>
                  )}
                </div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  )
}
