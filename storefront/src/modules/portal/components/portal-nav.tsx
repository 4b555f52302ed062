"use client"

import Link from "next/link"
import { usePathname } from "next/navigation"

/** The portal's section links; a client component so the current section follows client-side navigation (layouts persist). */
export function PortalNav({ label, items }: { label: string; items: { href: string; text: string; exact: boolean }[] }) {
  const pathname = usePathname() ?? ""
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-2">
        {items.map((item) => {
          const active = item.exact ? pathname === item.href : pathname === item.href || pathname.startsWith(`${item.href}/`)
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={active ? "page" : undefined}
                className={`inline-flex min-h-11 items-center rounded-md px-4 font-medium ${
                  active ? "bg-brand-700 text-white" : "border border-stone-300 bg-white text-stone-900 hover:bg-stone-100"
                }`}
              >
                {item.text}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
