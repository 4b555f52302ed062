import { isStorefrontLocale, type StorefrontLocale } from "@seleno/domain"
import { headers } from "next/headers"
import Link from "next/link"
import { getMessages } from "@/i18n"
import { localePath } from "@/i18n/paths"

export default async function LocaleNotFound() {
  const path = (await headers()).get("x-seleno-path") ?? ""
  const segment = path.split("/")[1] ?? ""
  const locale: StorefrontLocale = isStorefrontLocale(segment) ? segment : "zh-CN"
  const t = getMessages(locale).common
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <p className="text-5xl font-bold text-brand-700" aria-hidden="true">
        404
      </p>
      <h1 className="mt-4 text-2xl font-bold text-stone-900">{t.notFoundTitle}</h1>
      <p className="mt-2 text-stone-700">{t.notFoundBody}</p>
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
