import type { ReactNode } from "react"
import { format } from "@/i18n"

/** The portal messages a load error is worded from. */
export type LoadErrorLabels = { notAvailable: string; loadFailed: string; notAllowed: string }

/**
 * The state a portal section shows when the backend refused or could not answer. Signed-in portal
 * reads are refused (403) only for the caller's role.
 */
export function LoadError({
  status,
  message,
  labels,
}: {
  status: number
  message: string
  labels: LoadErrorLabels
}) {
  // 404 on a list route means the backend does not have the route (yet).
  const text = status === 404 ? labels.notAvailable : status === 403 ? labels.notAllowed : format(labels.loadFailed, { message })
  return (
    <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-stone-900" data-testid="portal-load-error">
      {text}
    </p>
  )
}

export function Empty({ text }: { text: string }) {
  return <p className="rounded-md border border-dashed border-stone-300 p-4 text-sm text-stone-700">{text}</p>
}

/** A detail page whose record could not be read: the way back, then "not found" or the load error. */
export function DetailUnavailable({
  back,
  status,
  message,
  notFoundText,
  labels,
}: {
  back: ReactNode
  status: number
  message: string
  notFoundText: string
  labels: LoadErrorLabels
}) {
  return (
    <div className="space-y-4">
      {back}
      {status === 404 ? <Empty text={notFoundText} /> : <LoadError status={status} message={message} labels={labels} />}
    </div>
  )
}
