import "../globals.css"
import type { Metadata, Viewport } from "next"
import { headers } from "next/headers"
import { getMessages } from "@/i18n"
import { langFromPath, traceLocale } from "@/lib/trace-request"
import { siteUrl } from "@/lib/site"

// Scans are counted per request and records come from the backend at runtime: never prerender.
export const dynamic = "force-dynamic"

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#245530" }

export async function generateMetadata(): Promise<Metadata> {
  const h = await headers()
  const locale = traceLocale(langFromPath(h.get("x-seleno-path")), h.get("accept-language"))
  const t = getMessages(locale)
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: t.trace.eyebrow, template: `%s · ${t.site.name}` },
    applicationName: t.site.name,
  }
}

/**
 * Root layout of the GS1 Digital Link trace pages (/01/{gtin}/10/{lot}…), which live outside the
 * locale segment: the language comes from ?lang= or Accept-Language, as on the page itself.
 */
export default async function TraceLayout({ children }: LayoutProps<"/01">) {
  const h = await headers()
  const locale = traceLocale(langFromPath(h.get("x-seleno-path")), h.get("accept-language"))
  const t = getMessages(locale)
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <a href="#main" className="skip-link link">
          {t.common.skipToContent}
        </a>
        <main id="main" className="mx-auto w-full max-w-3xl flex-1 px-4 py-6 sm:px-6">
          {children}
        </main>
      </body>
    </html>
  )
}
