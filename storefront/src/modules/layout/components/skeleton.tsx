import { isStorefrontLocale } from "@seleno/domain"
import { headers } from "next/headers"
import { getMessages } from "@/i18n"

async function loadingText(): Promise<string> {
  const segment = ((await headers()).get("x-seleno-path") ?? "").split("/")[1] ?? ""
  return getMessages(isStorefrontLocale(segment) ? segment : "zh-CN").common.loading
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
