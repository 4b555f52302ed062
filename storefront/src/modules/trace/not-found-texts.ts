import { STOREFRONT_LOCALES, type StorefrontLocale } from "@seleno/domain"
import { getMessages, type Messages } from "@/i18n"
import type { TraceNotFoundTexts } from "./components/trace-not-found"

export function traceNotFoundTexts(t: Messages["trace"]): TraceNotFoundTexts {
  return { title: t.notFoundTitle, body: t.notFoundBody, backHome: t.backHome, contact: t.contact }
}

/** Both languages' texts, for a not-found page that learns its language in the browser. */
export function allTraceNotFoundTexts(): Record<StorefrontLocale, TraceNotFoundTexts> {
  return Object.fromEntries(STOREFRONT_LOCALES.map((l) => [l, traceNotFoundTexts(getMessages(l).trace)])) as Record<
    StorefrontLocale,
    TraceNotFoundTexts
  >
}
