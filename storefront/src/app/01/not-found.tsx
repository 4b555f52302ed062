import { headers } from "next/headers"
import { getMessages } from "@/i18n"
import { langFromPath, traceLocale } from "@/lib/trace-request"
import { traceNotFoundTexts } from "@/modules/trace/not-found-texts"
import { TraceNotFoundView } from "@/modules/trace/components/trace-not-found"

/** A malformed or unknown serial code on a package (serial pages are rendered per request). */
export default async function TraceNotFound() {
  const h = await headers()
  const locale = traceLocale(langFromPath(h.get("x-seleno-path")), h.get("accept-language"))
  return <TraceNotFoundView locale={locale} t={traceNotFoundTexts(getMessages(locale).trace)} />
}
