import { isStorefrontLocale } from "@seleno/domain"
import { headers } from "next/headers"
import { getMessages } from "@/i18n"

async function loadingText(): Promise<string> {
  const segment = ((await headers()).get("x-seleno-path") ?? "").split("/")[1] ?? ""
  return getMessages(isStorefrontLocale(segment) ? segment : "zh-CN").common.loading
}

export async function GridSkeleton({ cards = 8 }: { cards?: number }) {
  return (
    <div role="status" aria-live="polite">
      <span className="sr-only">{await loadingText()}</span>
      <div className="skeleton h-8 w-48" />
      <div className="mt-4 flex gap-2">
        {Array.from({ length: 5 }, (_, i) => (
          <div key={i} className="skeleton h-8 w-20 rounded-full" />
        ))}
      </div>
      <div className="mt-6 grid grid-cols-2 gap-3 sm:grid-cols-3 sm:gap-4 lg:grid-cols-4">
        {Array.from({ length: cards }, (_, i) => (
          <div key={i} className="rounded-lg border border-stone-200 bg-white">
            <div className="skeleton aspect-[4/3] w-full rounded-b-none" />
            <div className="space-y-2 p-3">
              <div className="skeleton h-4 w-3/4" />
              <div className="skeleton h-4 w-1/3" />
            </div>
          </div>
        ))}
      </div>
    </div>
  )
}

export async function FormSkeleton({ rows = 6 }: { rows?: number }) {
  return (
    <div role="status" aria-live="polite" className="max-w-2xl space-y-4">
      <span className="sr-only">{await loadingText()}</span>
      <div className="skeleton h-8 w-40" />
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="space-y-2">
          <div className="skeleton h-4 w-24" />
          <div className="skeleton h-11 w-full" />
        </div>
      ))}
    </div>
  )
}
