import type { Metadata } from "next"
import Link from "next/link"
import { getMessages, resolveLocale } from "@/i18n"
import { localePath } from "@/i18n/paths"
import { phaseAt, sortByPhase } from "@/lib/campaigns"
import { listCampaigns } from "@/lib/data/campaigns"
import { alternatesFor } from "@/lib/site"
import { CampaignCard } from "@/modules/campaigns/components/campaign-card"

export async function generateMetadata({ params }: PageProps<"/[locale]/campaigns">): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  const t = getMessages(locale).campaigns
  return { title: t.title, description: t.metaDescription, alternates: alternatesFor(locale, "/campaigns") }
}

export default async function CampaignsPage({ params }: PageProps<"/[locale]/campaigns">) {
  const locale = resolveLocale((await params).locale)
  const t = getMessages(locale).campaigns
  const now = new Date()
  // The answer may be a few seconds old: drop what has ended since, and order by the phase now.
  const campaigns = sortByPhase(await listCampaigns(locale), now).filter((c) => phaseAt(c, now) !== "ended")
  return (
    <div>
      <h1 className="text-2xl font-bold text-stone-900">{t.title}</h1>
      <p className="mt-2 max-w-prose text-stone-700">{t.intro}</p>
      <div className="mt-8">
        {campaigns.length ? (
          <ul aria-label={t.listLabel} className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {campaigns.map((campaign) => (
              <li key={campaign.handle} className="flex">
                <div className="w-full">
                  <CampaignCard campaign={campaign} locale={locale} now={now} />
                </div>
              </li>
            ))}
          </ul>
        ) : (
          <div className="rounded-md bg-white p-6 text-stone-700">
            <p>{t.empty}</p>
            <Link href={localePath(locale, "/store")} className="link mt-2 inline-block">
              {t.browseStore}
            </Link>
          </div>
        )}
      </div>
    </div>
  )
}
