"use client"

import { isStorefrontLocale, type StorefrontLocale } from "@seleno/domain"
import Link from "next/link"
import { usePathname } from "next/navigation"
import { localePath } from "@/i18n/paths"

export interface NotFoundTexts {
  title: string
  body: string
  backHome: string
  browseStore: string
}

/** The 404 body in the language of the path asked for (zh-CN for anything else). */
export function NotFoundBody({ texts }: { texts: Record<StorefrontLocale, NotFoundTexts> }) {
  const segment = usePathname()?.split("/")[1] ?? ""
  const locale: StorefrontLocale = isStorefrontLocale(segment) ? segment : "zh-CN"
  const t = texts[locale]
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <p className="text-5xl font-bold text-brand-700" aria-hidden="true">
        404
      </p>
      <h1 className="mt-4 text-2xl font-bold text-stone-900">{t.title}</h1>
      <p className="mt-2 text-stone-700">{t.body}</p>
      <div className="mt-6 flex justify-center gap-3">
        <Link href={localePath(locale)} className="btn-primary">
          {t.backHome}
        </Link>
        <Link href={localePath(locale, "/store")} className="btn-secondary">
          {t.browseStore}
        </Link>
      </div>
    </div>
  )
}
