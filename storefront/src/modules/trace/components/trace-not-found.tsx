import type { StorefrontLocale } from "@seleno/domain"
import { localePath } from "@/i18n/paths"

export interface TraceNotFoundTexts {
  title: string
  body: string
  backHome: string
  contact: string
}

/** A malformed or unknown code on a package: say so plainly and point to customer service. */
export function TraceNotFoundView({ locale, t }: { locale: StorefrontLocale; t: TraceNotFoundTexts }) {
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <p className="text-5xl font-bold text-brand-700" aria-hidden="true">
        404
      </p>
      <h1 className="mt-4 text-2xl font-bold text-stone-900">{t.title}</h1>
      <p className="mt-2 text-stone-700">{t.body}</p>
      <div className="mt-6 flex flex-wrap justify-center gap-3">
        <a href={localePath(locale)} className="btn-primary">
          {t.backHome}
        </a>
        <a href={localePath(locale, "/contact")} className="btn-secondary">
          {t.contact}
        </a>
      </div>
    </div>
  )
}
