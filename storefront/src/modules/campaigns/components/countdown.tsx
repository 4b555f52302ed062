"use client"

import { useRouter } from "next/navigation"
import { useEffect, useRef, useState } from "react"
import { countdownParts, countdownText, type CountdownUnits } from "@/lib/campaigns"

/**
 * Time left until `target`, ticking each second. The server renders `initialText`, so the page reads
 * right without JavaScript; once the time is up the page is refreshed once to show the new phase.
 */
export function Countdown({
  target,
  label,
  initialText,
  doneText,
  units,
}: {
  target: string
  label: string
  initialText: string
  doneText: string
  units: CountdownUnits
}) {
  const router = useRouter()
  const [text, setText] = useState(initialText)
  // A refresh keeps this component (same place in the tree); remember the target already refreshed
  // for so a server clock a little behind the browser's cannot cause a refresh loop.
  const refreshedFor = useRef<string | null>(null)
  const { day, hour, minute, second } = units

  useEffect(() => {
    const id = window.setInterval(() => {
      const parts = countdownParts(target)
      if (!parts.done) {
        setText(countdownText(parts, { day, hour, minute, second }))
        return
      }
      setText(doneText)
      window.clearInterval(id)
      if (refreshedFor.current !== target) {
        refreshedFor.current = target
        router.refresh()
      }
    }, 1000)
    return () => window.clearInterval(id)
  }, [target, doneText, day, hour, minute, second, router])

  return (
    <p role="timer" aria-label={`${label} ${text}`} className="inline-flex flex-wrap items-baseline gap-x-2 rounded-md bg-brand-50 px-3 py-2 text-brand-800">
      <span className="text-sm font-medium">{label}</span>
      <span className="font-semibold tabular-nums">{text}</span>
    </p>
  )
}
