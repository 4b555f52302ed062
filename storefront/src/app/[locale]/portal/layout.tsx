import type { Metadata } from "next"
import { getMessages, resolveLocale } from "@/i18n"

// The portal is an enterprise's own data: rendered for each request, never from the page cache.
export const dynamic = "force-dynamic"

export async function generateMetadata({ params }: LayoutProps<"/[locale]/portal">): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  const t = getMessages(locale).portal
  // The portal is private: never indexed.
  return { title: { default: t.title, template: `%s · ${t.title}` }, description: t.metaDescription, robots: { index: false, follow: false } }
}

export default function PortalLayout({ children }: LayoutProps<"/[locale]/portal">) {
  return <div data-testid="portal">{children}</div>
}
