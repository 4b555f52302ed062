import "../globals.css"
import type { Metadata, Viewport } from "next"
import { Footer } from "@/modules/layout/components/footer"
import { Header } from "@/modules/layout/components/header"
import { getMessages, resolveLocale } from "@/i18n"
import { siteUrl } from "@/lib/site"

// Pages are rendered on their first visit, not at build time (the build has no backend), then
// served from Next's cache until the backend reports a change (POST /api/revalidate) or their
// lifetime ends. Personal sections declare themselves dynamic in their own layouts.
export function generateStaticParams(): { locale: string }[] {
  return []
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#245530" }

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  const t = getMessages(locale)
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: `${t.site.name} · ${t.home.metaTitle}`, template: `%s · ${t.site.name}` },
    description: t.site.description,
    applicationName: t.site.name,
    openGraph: { siteName: t.site.name, locale: locale === "en" ? "en_US" : "zh_CN", type: "website" },
  }
}

export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const locale = resolveLocale((await params).locale)
  const t = getMessages(locale)
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <a href="#main" className="skip-link link">
          {t.common.skipToContent}
        </a>
        <Header locale={locale} />
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:px-6">
          {children}
        </main>
        <Footer locale={locale} />
      </body>
    </html>
  )
}
