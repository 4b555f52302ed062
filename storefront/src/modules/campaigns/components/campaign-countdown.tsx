import type { StorefrontLocale } from "@seleno/domain"
import { getMessages } from "@/i18n"
import { countdownParts, countdownTarget, countdownText } from "@/lib/campaigns"
import { Countdown } from "./countdown"

/** A countdown to the start (upcoming) or the end (running) of a campaign or live session; nothing once ended. */
export function CampaignCountdown({
  item,
  locale,
  now,
}: {
  item: { starts_at: string | null; ends_at: string | null }
  locale: StorefrontLocale
  now: Date
}) {
  const t = getMessages(locale).campaigns.countdown
  const target = countdownTarget(item, now)
  if (!target) return null
  const units = { day: t.day, hour: t.hour, minute: t.minute, second: t.second }
  return (
    <Countdown
      target={target.at}
      label={target.to === "start" ? t.startsIn : t.endsIn}
      initialText={countdownText(countdownParts(target.at, now), units)}
      doneText={target.to === "start" ? t.started : t.finished}
      units={units}
    />
  )
}
