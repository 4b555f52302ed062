import "./globals.css"
import { negotiateLocale } from "@seleno/domain"
import type { Metadata } from "next"
import { headers } from "next/headers"
import { getMessages } from "@/i18n"
import { localePath } from "@/i18n/paths"

export const metadata: Metadata = { title: "404 · Seleno 硒诺", robots: { index: false } }

/** 404 for URLs outside any locale (and unknown locales): localized by Accept-Language. */
export default async function GlobalNotFound() {
  const locale = negotiateLocale((await headers()).get("accept-language"))
  const t = getMessages(locale).common
  return (
    <html lang={locale}>
      <body className="flex min-h-screen items-center justify-center p-6">
        <main className="max-w-xl text-center">
          <p className="text-5xl font-bold text-brand-700" aria-hidden="true">
            404
          </p>
          <h1 className="mt-4 text-2xl font-bold text-stone-900">{t.notFoundTitle}</h1>
          <p className="mt-2 text-stone-700">{t.notFoundBody}</p>
          <a href={localePath(locale)} className="btn-primary mt-6">
            {t.backHome}
          </a>
        </main>
      </body>
    </html>
  )
}
