import type { StorefrontLocale } from "@seleno/domain"
import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { format, formatDate, getMessages, resolveLocale } from "@/i18n"
import { sessionTitle, type StoreCampaign } from "@/lib/campaigns"
import { getCampaign } from "@/lib/data/campaigns"
import { getLiveSession } from "@/lib/data/live-sessions"
import { listProductsByIds } from "@/lib/data/products"
import { detailPageMetadata } from "@/lib/site"
import { LiveSessionView } from "@/modules/campaigns/templates/live-session-view"

// Rendered on the first visit and cached (see the locale layout); unknown handles answer 404.
export function generateStaticParams(): { handle: string }[] {
  return []
}

/** The session's campaign for the breadcrumb and image; the page still renders without it. */
async function campaignOf(locale: StorefrontLocale, handle: string | null): Promise<StoreCampaign | undefined> {
  if (!handle) return undefined
  try {
    return await getCampaign(locale, handle)
  } catch {
    return undefined
  }
}

export async function generateMetadata({ params }: PageProps<"/[locale]/live/[handle]">): Promise<Metadata> {
  const { locale: raw, handle } = await params
  const locale = resolveLocale(raw)
  const t = getMessages(locale)
  const session = await getLiveSession(locale, handle)
  if (!session) return { title: t.common.notFoundTitle }
  const campaign = await campaignOf(locale, session.campaign_handle)
  const title = sessionTitle(session, locale)
  const description = format(t.campaigns.live.metaDescription, {
    title,
    host: session.host,
    start: formatDate(session.starts_at, locale, true),
  })
  const image = campaign?.share_image_url || campaign?.hero_image_url || null
  const base = detailPageMetadata(locale, `/live/${session.handle}`, { title, description, image })
  return {
    ...base,
    twitter: { card: image ? "summary_large_image" : "summary", title, description, ...(image ? { images: [image] } : {}) },
  }
}

export default async function LiveSessionPage({ params }: PageProps<"/[locale]/live/[handle]">) {
  const { locale: raw, handle } = await params
  const locale = resolveLocale(raw)
  const session = await getLiveSession(locale, handle)
  if (!session) notFound()
  const productIds = [...new Set((session.products ?? []).map((p) => p.product_id))]
  const [campaign, products] = await Promise.all([campaignOf(locale, session.campaign_handle), listProductsByIds(locale, productIds)])
  return <LiveSessionView session={session} campaign={campaign} products={products} locale={locale} now={new Date()} />
}
