import "../../globals.css"
import type { Metadata, Viewport } from "next"
import { getMessages, resolveLocale } from "@/i18n"
import { siteUrl } from "@/lib/site"
import { TraceLocaleProvider } from "@/modules/trace/components/trace-locale"

// The batch record behind a package's code (/01/{gtin}/10/{lot}) and the page every package of the
// batch shares (…/21/{serial}), one of each per language: the proxy picks the language (?lang= or
// Accept-Language) and rewrites here, so each page is rendered once and served from the cache.
export function generateStaticParams(): { locale: string }[] {
  return []
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#245530" }

export async function generateMetadata({ params }: LayoutProps<"/trace/[locale]">): Promise<Metadata> {
  const t = getMessages(resolveLocale((await params).locale))
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: t.trace.eyebrow, template: `%s · ${t.site.name}` },
    applicationName: t.site.name,
  }
}

export default async function TraceLotLayout({ children, params }: LayoutProps<"/trace/[locale]">) {
  const locale = resolveLocale((await params).locale)
  const t = getMessages(locale)
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <a href="#main" className="skip-link link">
          {t.common.skipToContent}
        </a>
        <main id="main" className="mx-auto w-full max-w-3xl flex-1 px-4 py-6 sm:px-6">
          <TraceLocaleProvider locale={locale}>{children}</TraceLocaleProvider>
        </main>
      </body>
    </html>
  )
}
