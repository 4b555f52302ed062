import { isStorefrontLocale, type StorefrontLocale } from "@seleno/domain"
import { notFound } from "next/navigation"
import en from "./messages/en"
import zhCN from "./messages/zh-CN"
import type { Messages } from "./types"

export type { Messages } from "./types"
export { format, formatDate, plural } from "./format"

const CATALOGUES: Record<StorefrontLocale, Messages> = { "zh-CN": zhCN, en }

export function getMessages(locale: StorefrontLocale): Messages {
  return CATALOGUES[locale]
}

/** Narrows a route param to a storefront locale; anything else is a 404. */
export function resolveLocale(value: string): StorefrontLocale {
  if (!isStorefrontLocale(value)) notFound()
  return value
}
