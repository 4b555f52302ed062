import { headers } from "next/headers"
import { getMessages } from "@/i18n"
import { localePath } from "@/i18n/paths"
import { langFromPath, traceLocale } from "@/lib/trace-request"

/** A malformed or unknown code on a package: say so plainly and point to customer service. */
export default async function TraceNotFound() {
  const h = await headers()
  const locale = traceLocale(langFromPath(h.get("x-seleno-path")), h.get("accept-language"))
  const t = getMessages(locale).trace
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <p className="text-5xl font-bold text-brand-700" aria-hidden="true">
        404
      </p>
      <h1 className="mt-4 text-2xl font-bold text-stone-900">{t.notFoundTitle}</h1>
      <p className="mt-2 text-stone-700">{t.notFoundBody}</p>
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
