import type { Metadata } from "next"
import type { StorefrontLocale } from "@seleno/domain"
import { format, getMessages } from "@/i18n"
import type { BatchRecord } from "@/lib/data/trace"
import { traceLinkPath } from "@/modules/trace/components/trace-record"

/**
 * Title, description and links of a batch's trace record in one language. Each language version
 * names itself as canonical (`?lang=`), with the others as alternates; the address without a
 * language negotiates one and is the x-default. A package's page (`serial`) is never indexed: it
 * points at its batch record in the same language.
 */
export function traceMetadata(batch: BatchRecord | undefined, locale: StorefrontLocale, page: "batch" | "serial"): Metadata {
  const t = getMessages(locale).trace
  if (!batch) return { title: t.notFoundTitle, robots: { index: false } }
  const path = traceLinkPath(batch.gtin, batch.lot)
  const values = { product: batch.product.title, lot: batch.lot }
  const title = format(t.metaTitle, values)
  const common = { title: { absolute: title }, description: format(t.metaDescription, values) }
  const canonical = `${path}?lang=${locale}`
  if (page === "serial") return { ...common, robots: { index: false, follow: true }, alternates: { canonical } }
  return {
    ...common,
    alternates: { canonical, languages: { "zh-CN": `${path}?lang=zh-CN`, en: `${path}?lang=en`, "x-default": path } },
    openGraph: { type: "website", title, url: canonical },
  }
}
