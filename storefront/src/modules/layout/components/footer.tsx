import type { StorefrontLocale } from "@seleno/domain"
import Link from "next/link"
import { format, getMessages } from "@/i18n"
import { localePath } from "@/i18n/paths"

export function Footer({ locale }: { locale: StorefrontLocale }) {
  const t = getMessages(locale).footer
  const links = [
    { href: "/privacy", label: t.privacy },
    { href: "/terms", label: t.terms },
    { href: "/returns", label: t.returns },
    { href: "/contact", label: t.contact },
    { href: "/portal", label: getMessages(locale).portal.footerLink },
  ]
  return (
    <footer className="mt-12 border-t border-stone-200 bg-white" aria-label={t.label}>
      <div className="mx-auto max-w-6xl space-y-4 px-4 py-8 text-sm text-stone-700 sm:px-6">
        <p className="max-w-prose">{t.about}</p>
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          {links.map((l) => (
            <li key={l.href}>
              <Link href={localePath(locale, l.href)} className="link">
                {l.label}
              </Link>
            </li>
          ))}
        </ul>
        <p className="flex flex-wrap gap-x-4 text-stone-600">
          <span>{format(t.copyright, { year: new Date().getFullYear() })}</span>
          <span>{t.icp}</span>
        </p>
      </div>
    </footer>
  )
}
