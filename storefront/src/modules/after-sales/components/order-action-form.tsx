"use client"

import { useActionState } from "react"
import type { AfterSalesFormState } from "@/lib/actions/after-sales"

const INITIAL: AfterSalesFormState = { status: "idle" }

/** One button on the order's after-sales page (确认收货, 撤回申请): hidden fields, the refusal in words, the button. */
export function OrderActionForm({
  run,
  fields,
  label,
  hint,
}: {
  run: (prev: AfterSalesFormState, formData: FormData) => Promise<AfterSalesFormState>
  fields: Record<string, string>
  label: string
  hint?: string
}) {
  const [state, action, pending] = useActionState(run, INITIAL)
  return (
    <form action={action} className="mt-2 space-y-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {hint ? <p className="text-sm text-stone-700">{hint}</p> : null}
      {state.status === "error" ? (
        <p role="alert" className="text-sm text-red-700">
          {state.message}
        </p>
      ) : null}
      <button type="submit" className="btn-secondary" disabled={pending}>
        {label}
      </button>
    </form>
  )
}
