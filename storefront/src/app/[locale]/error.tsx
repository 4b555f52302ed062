"use client"

import { useParams } from "next/navigation"
import { useEffect } from "react"
import en from "@/i18n/messages/en.common"
import zhCN from "@/i18n/messages/zh-CN.common"

export default function LocaleError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const params = useParams<{ locale?: string }>()
  const locale = params.locale === "en" ? "en" : "zh-CN"
  const t = locale === "en" ? en : zhCN
  useEffect(() => {
    console.error(error)
  }, [error])
  return (
    <div role="alert" className="mx-auto max-w-xl rounded-lg border border-stone-200 bg-white p-6 text-center">
      <h1 className="text-xl font-bold text-stone-900">{t.errorTitle}</h1>
      <p className="mt-2 text-stone-700">{t.errorBody}</p>
      <div className="mt-4 flex justify-center gap-3">
        <button type="button" onClick={reset} className="btn-primary">
          {t.retry}
        </button>
        <a href={`/${locale}`} className="btn-secondary">
          {t.backHome}
        </a>
      </div>
    </div>
  )
}
