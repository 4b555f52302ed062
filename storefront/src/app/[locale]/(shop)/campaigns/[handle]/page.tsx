import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { format, getMessages, resolveLocale } from "@/i18n"
import { campaignName, localized, paragraphs } from "@/lib/campaigns"
import { getCampaign } from "@/lib/data/campaigns"
import { listProductsByIds } from "@/lib/data/products"
import { detailPageMetadata } from "@/lib/site"
import { campaignDates } from "@/modules/campaigns/components/campaign-card"
import { CampaignLanding } from "@/modules/campaigns/templates/campaign-landing"

// Rendered on the first visit and cached (see the locale layout); unknown handles answer 404.
export function generateStaticParams(): { handle: string }[] {
  return []
}

function summary(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, " ").trim()
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

export async function generateMetadata({ params }: PageProps<"/[locale]/campaigns/[handle]">): Promise<Metadata> {
  const { locale: raw, handle } = await params
  const locale = resolveLocale(raw)
  const t = getMessages(locale)
  const campaign = await getCampaign(locale, handle)
  if (!campaign) return { title: t.common.notFoundTitle }
  const title = campaignName(campaign, locale)
  const description =
    summary(paragraphs(localized(campaign.body ?? "", campaign.body_en, locale)).join(" ")) ||
    format(t.campaigns.metaFallback, { name: title, dates: campaignDates(campaign, locale) })
  // The share image is made for social cards; the hero is the fallback.
  const image = campaign.share_image_url || campaign.hero_image_url || null
  const base = detailPageMetadata(locale, `/campaigns/${campaign.handle}`, { title, description, image })
  return {
    ...base,
    twitter: { card: image ? "summary_large_image" : "summary", title, description, ...(image ? { images: [image] } : {}) },
  }
}

export default async function CampaignPage({ params }: PageProps<"/[locale]/campaigns/[handle]">) {
  const { locale: raw, handle } = await params
  const locale = resolveLocale(raw)
  const campaign = await getCampaign(locale, handle)
  if (!campaign) notFound()
  const products = await listProductsByIds(locale, campaign.featured_product_ids ?? [])
  return <CampaignLanding campaign={campaign} products={products} locale={locale} now={new Date()} />
}
