"use client"

import type { StorefrontLocale } from "@seleno/domain"
import { useTraceLocale } from "./trace-locale"
import { TraceNotFoundView, type TraceNotFoundTexts } from "./trace-not-found"

/** The not-found page of the cached trace pages, in the language their layout was rendered for. */
export function TraceNotFoundInContext({ texts }: { texts: Record<StorefrontLocale, TraceNotFoundTexts> }) {
  const locale = useTraceLocale()
  return <TraceNotFoundView locale={locale} t={texts[locale]} />
}
