import { campaignPhase, formatPrice, type CampaignPhase, type StorefrontLocale } from "@seleno/domain"
import type { StoreCampaign, StoreCampaignCode, StoreLiveSession } from "@seleno/domain"
import { format } from "@/i18n/format"

/** The store API's shapes (GET /store/campaigns, /store/live-sessions), as the backend returns them. */
export type { StoreCampaign, StoreCampaignCode, StoreLiveSession } from "@seleno/domain"

interface Window {
  starts_at: string | null
  ends_at: string | null
}

/**
 * The phase at `now`, worked out from the dates rather than taken from the answer, so a cached answer
 * still flips from upcoming to running to ended on time.
 */
export function phaseAt(item: Window, now: Date = new Date()): CampaignPhase {
  return campaignPhase(item, now)
}

/** Running before upcoming; within a phase, the earlier start first. Ended items sort last. */
export function sortByPhase<T extends Window>(items: readonly T[], now: Date = new Date()): T[] {
  const rank: Record<CampaignPhase, number> = { running: 0, upcoming: 1, ended: 2 }
  return [...items].sort((a, b) => {
    const byPhase = rank[phaseAt(a, now)] - rank[phaseAt(b, now)]
    if (byPhase) return byPhase
    return new Date(a.starts_at ?? 0).getTime() - new Date(b.starts_at ?? 0).getTime()
  })
}

/** The English text when the page is English and there is one, else the Chinese one. */
export function localized(zh: string, en: string | null | undefined, locale: StorefrontLocale): string {
  return locale === "en" && en?.trim() ? en : zh
}

export function campaignName(campaign: Pick<StoreCampaign, "name" | "name_en">, locale: StorefrontLocale): string {
  return localized(campaign.name, campaign.name_en, locale)
}

export function sessionTitle(session: Pick<StoreLiveSession, "title" | "title_en">, locale: StorefrontLocale): string {
  return localized(session.title, session.title_en, locale)
}

/** Plain-text paragraphs of a campaign body (blank lines and single line breaks both start a new one). */
export function paragraphs(text: string | null | undefined): string[] {
  return (text ?? "")
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean)
}

/** Only http(s) links are offered to shoppers; anything else (javascript:, data:) is dropped. */
export function safeExternalUrl(url: string | null | undefined): string | null {
  if (!url) return null
  try {
    const parsed = new URL(url)
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.toString() : null
  } catch {
    return null
  }
}

/** A price without ".00" for whole amounts ("¥199", "¥9.90"), for the short offer wording. */
export function shortPrice(amount: number, locale: StorefrontLocale): string {
  return formatPrice(amount, locale).replace(/\.00$/, "")
}

export interface OfferMessages {
  /** "fold": Chinese 折 (the share of the price kept, 95 折 = 5 % off); "off": the percentage taken off. */
  percentageStyle: string
  percentage: string
  free: string
  fixed: string
  freeShipping: string
  freeShippingOver: string
  buyGet: string
}

/** How many 折 a percentage discount is: 5 % off → 95, 10 % off → 9, 12.5 % off → 87.5. */
export function discountFold(percentOff: number): number {
  const kept = Math.round((100 - percentOff) * 100) / 100
  return kept % 10 === 0 ? kept / 10 : kept
}

/** What a code gives, in the page's words: "95 折", "每件立减 ¥10", "满 ¥199 包邮", "买赠优惠". */
export function offerText(code: StoreCampaignCode, t: OfferMessages, locale: StorefrontLocale): string {
  switch (code.kind) {
    case "percentage": {
      const value = code.value ?? 0
      if (value >= 100) return t.free
      const discount = t.percentageStyle === "fold" ? discountFold(value) : Math.round(value * 100) / 100
      return format(t.percentage, { discount })
    }
    case "fixed":
      return format(t.fixed, { amount: shortPrice(code.value ?? 0, locale) })
    case "free_shipping":
      return code.min_subtotal ? format(t.freeShippingOver, { amount: shortPrice(code.min_subtotal, locale) }) : t.freeShipping
    case "buy_get":
      return t.buyGet
  }
}

export interface CountdownParts {
  days: number
  hours: number
  minutes: number
  seconds: number
  /** True once the target time has passed. */
  done: boolean
}

/** Whole days, hours, minutes and seconds from `now` until `target` (all zero once it has passed). */
export function countdownParts(target: string | Date, now: Date = new Date()): CountdownParts {
  const left = Math.max(0, Math.floor((new Date(target).getTime() - now.getTime()) / 1000))
  return {
    days: Math.floor(left / 86400),
    hours: Math.floor((left % 86400) / 3600),
    minutes: Math.floor((left % 3600) / 60),
    seconds: left % 60,
    done: left === 0,
  }
}

export interface CountdownUnits {
  day: string
  hour: string
  minute: string
  second: string
}

/** "2 天 3 小时 4 分 5 秒"; leading zero units are left out ("4 分 5 秒"), seconds always shown. */
export function countdownText(parts: CountdownParts, units: CountdownUnits): string {
  const pieces: string[] = []
  if (parts.days) pieces.push(format(units.day, { count: parts.days }))
  if (parts.days || parts.hours) pieces.push(format(units.hour, { count: parts.hours }))
  if (parts.days || parts.hours || parts.minutes) pieces.push(format(units.minute, { count: parts.minutes }))
  pieces.push(format(units.second, { count: parts.seconds }))
  return pieces.join(" ")
}

/** What a countdown counts to: the start while upcoming, the end while running, nothing once ended. */
export function countdownTarget(item: Window, now: Date = new Date()): { to: "start" | "end"; at: string } | null {
  const phase = phaseAt(item, now)
  if (phase === "upcoming" && item.starts_at) return { to: "start", at: item.starts_at }
  if (phase === "running" && item.ends_at) return { to: "end", at: item.ends_at }
  return null
}
