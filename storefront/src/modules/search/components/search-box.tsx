"use client"

import { usePathname, useRouter, useSearchParams } from "next/navigation"
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react"
import { Highlighted } from "./highlighted"

interface Suggestion {
  id: string
  group: "products" | "brands" | "counties"
  label: string
  href: string
}

interface SuggestionsResponse {
  products: { handle: string; title: string }[]
  brands: { handle: string; name: string }[]
  counties: { code: string; region: string; name: string }[]
}

export interface SearchBoxLabels {
  box: string
  placeholder: string
  submit: string
  suggestions: string
  groups: Record<Suggestion["group"], string>
  /** "{count} suggestions …", already in the page's language. */
  count: { one: string; other: string }
}

const DEBOUNCE_MS = 200

function toSuggestions(data: SuggestionsResponse, locale: string): Suggestion[] {
  return [
    ...data.products.map((p) => ({ id: `p-${p.handle}`, group: "products" as const, label: p.title, href: `/${locale}/products/${p.handle}` })),
    ...data.brands.map((b) => ({ id: `b-${b.handle}`, group: "brands" as const, label: b.name, href: `/${locale}/brands/${b.handle}` })),
    ...data.counties.map((c) => ({
      id: `c-${c.code}`,
      group: "counties" as const,
      label: c.name,
      href: `/${locale}/search?region=${c.region}&county=${c.code}`,
    })),
  ]
}

/**
 * The header's search box: a plain GET form to the search page (works without JavaScript), and
 * with JavaScript an ARIA 1.2 combobox offering products, brands and places while the shopper types.
 */
export function SearchBox({ locale, initialQuery = "", labels }: { locale: string; initialQuery?: string; labels: SearchBoxLabels }) {
  const router = useRouter()
  const id = useId()
  const listId = `${id}-list`
  const [query, setQuery] = useState(initialQuery)
  const [items, setItems] = useState<Suggestion[]>([])
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const controller = useRef<AbortController | null>(null)

  useEffect(() => {
    const q = query.trim()
    if (!q) {
      setItems([])
      return
    }
    const timer = setTimeout(async () => {
      controller.current?.abort()
      const abort = new AbortController()
      controller.current = abort
      try {
        const response = await fetch(`/api/search-suggestions?q=${encodeURIComponent(q)}&locale=${locale}`, { signal: abort.signal })
        if (!response.ok) return
        setItems(toSuggestions((await response.json()) as SuggestionsResponse, locale))
        setActive(-1)
      } catch {
        // Aborted by newer typing, or offline: the form still submits to the search page.
      }
    }, DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [query, locale])

  const expanded = open && items.length > 0
  const choose = (item: Suggestion) => {
    setOpen(false)
    router.push(item.href)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (!items.length) return
      event.preventDefault()
      setOpen(true)
      const last = items.length - 1
      setActive((current) => (event.key === "ArrowDown" ? (current >= last ? 0 : current + 1) : current <= 0 ? last : current - 1))
    } else if (event.key === "Enter" && expanded && active >= 0 && items[active]) {
      event.preventDefault()
      choose(items[active]!)
    } else if (event.key === "Escape" && expanded) {
      // Close the list only; a second Escape clears the field (the search input's own behaviour).
      event.preventDefault()
      setOpen(false)
      setActive(-1)
    }
  }
  const countText = (items.length === 1 ? labels.count.one : labels.count.other).replace("{count}", String(items.length))

  return (
    <form role="search" action={`/${locale}/search`} method="get" className="relative w-full sm:w-72">
      <label htmlFor={`${id}-input`} className="sr-only">
        {labels.box}
      </label>
      <div className="flex">
        <input
          id={`${id}-input`}
          name="q"
          type="search"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? `${id}-${items[active]?.id}` : undefined}
          autoComplete="off"
          maxLength={200}
          value={query}
          placeholder={labels.placeholder}
          onChange={(e) => {
            setQuery(e.target.value)
            setOpen(true)
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onKeyDown={onKeyDown}
          className="min-h-11 w-full rounded-l-md border border-stone-400 bg-white px-3 text-base text-stone-900"
        />
        <button type="submit" className="min-h-11 rounded-r-md bg-brand-700 px-3 text-sm font-medium text-white hover:bg-brand-800">
          {labels.submit}
        </button>
      </div>
      <ul
        id={listId}
        role="listbox"
        aria-label={labels.suggestions}
        hidden={!expanded}
        className="absolute left-0 z-30 mt-1 max-h-96 w-full overflow-auto rounded-md border border-stone-200 bg-white py-1 shadow-lg"
      >
        {items.map((item, i) => (
          <li
            key={item.id}
            id={`${id}-${item.id}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(item)}
            className="flex cursor-pointer items-baseline justify-between gap-2 px-3 py-2 text-sm aria-selected:bg-brand-50"
          >
            <span>
              <Highlighted text={item.label} query={query} />
            </span>
            <span className="shrink-0 text-xs text-stone-600">{labels.groups[item.group]}</span>
          </li>
        ))}
      </ul>
      <p className="sr-only" role="status" aria-live="polite">
        {expanded ? countText : ""}
      </p>
    </form>
  )
}

/**
 * The box as the header shows it: on the search page it holds what was searched for. The header
 * is cached with the page, so the query comes from the browser's URL (useSearchParams needs the
 * Suspense boundary the header puts around this; its fallback is the plain, empty box).
 */
export function HeaderSearchBox({ locale, labels }: { locale: string; labels: SearchBoxLabels }) {
  const pathname = usePathname()
  const query = useSearchParams().get("q") ?? ""
  const initialQuery = pathname === `/${locale}/search` ? query : ""
  return <SearchBox key={initialQuery} locale={locale} initialQuery={initialQuery} labels={labels} />
}
