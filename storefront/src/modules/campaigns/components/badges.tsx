import type { CampaignPhase, StorefrontLocale } from "@seleno/domain"
import { getMessages } from "@/i18n"

const PHASE_STYLES: Record<CampaignPhase, string> = {
  running: "bg-brand-700 text-white",
  upcoming: "bg-amber-100 text-amber-900",
  ended: "bg-stone-200 text-stone-800",
}

/** "进行中 / 即将开始 / 已结束" as a small badge. */
export function PhaseBadge({ phase, locale }: { phase: CampaignPhase; locale: StorefrontLocale }) {
  const t = getMessages(locale).campaigns
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${PHASE_STYLES[phase]}`}>{t.phase[phase]}</span>
}

/** The "直播中" mark of a session streaming now. */
export function LiveBadge({ locale }: { locale: StorefrontLocale }) {
  const t = getMessages(locale).campaigns
  return (
    <span className="inline-flex items-center gap-1 rounded bg-red-700 px-2 py-0.5 text-xs font-semibold text-white">
      <span aria-hidden="true" className="inline-block size-2 rounded-full bg-white" />
      {t.liveNow}
    </span>
  )
}
