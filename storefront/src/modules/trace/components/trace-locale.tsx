"use client"

import type { StorefrontLocale } from "@seleno/domain"
import { createContext, useContext, type ReactNode } from "react"

const TraceLocale = createContext<StorefrontLocale>("zh-CN")

/** The trace page's language, for parts that get no params (its not-found page). */
export function TraceLocaleProvider({ locale, children }: { locale: StorefrontLocale; children: ReactNode }) {
  return <TraceLocale.Provider value={locale}>{children}</TraceLocale.Provider>
}

export function useTraceLocale(): StorefrontLocale {
  return useContext(TraceLocale)
}
