import type { StorefrontLocale } from "@seleno/domain"
import { getMessages } from "@/i18n"
import { offerText, type StoreCampaignCode } from "@/lib/campaigns"

/** The campaign's public codes, each with what it gives ("XBH2026 · 9 折"). */
export function OfferCodes({ codes, locale, labelledBy }: { codes: StoreCampaignCode[]; locale: StorefrontLocale; labelledBy: string }) {
  const t = getMessages(locale).campaigns
  return (
    <ul aria-labelledby={labelledBy} className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {codes.map((code) => (
        <li key={code.code} className="flex items-center justify-between gap-3 rounded-lg border-2 border-dashed border-earth-700 bg-white px-4 py-3">
          <span>
            <span className="sr-only">{t.codeTerm} </span>
            <code className="font-mono text-lg font-bold tracking-wider text-stone-900">{code.code}</code>
          </span>
          <span className="font-semibold text-earth-700">
            <span className="sr-only">{t.offerTerm} </span>
            {offerText(code, t.offer, locale)}
          </span>
        </li>
      ))}
    </ul>
  )
}
