"use client"

import type { StorefrontLocale } from "@seleno/domain"
import { usePathname, useSearchParams } from "next/navigation"
import { switchLocalePath } from "@/i18n/paths"

export interface LanguageSwitchLinkProps {
  /** The path (and query) the server rendered the page for: the link before the client knows better. */
  renderedPath: string
  target: StorefrontLocale
  label: string
  text: string
}

/** The header's link to the same page in the other language. */
export function LanguageSwitchAnchor({ path, target, label, text }: { path: string; target: StorefrontLocale; label: string; text: string }) {
  return (
    <a
      href={switchLocalePath(path, target)}
      hrefLang={target}
      lang={target}
      aria-label={label}
      className="inline-block rounded-md px-2 py-2 font-medium text-stone-800 underline-offset-2 hover:underline"
    >
      {text}
    </a>
  )
}

/**
 * The header lives in the layout, which client-side navigation does not render again, so the path
 * the server saw goes stale after the first link a shopper follows; the router's current path keeps
 * the switch on the page actually shown.
 */
export function LanguageSwitchLink({ renderedPath, target, label, text }: LanguageSwitchLinkProps) {
  const pathname = usePathname()
  const query = useSearchParams().toString()
  const path = pathname ? `${pathname}${query ? `?${query}` : ""}` : renderedPath
  return <LanguageSwitchAnchor path={path} target={target} label={label} text={text} />
}
