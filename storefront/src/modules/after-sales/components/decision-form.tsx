"use client"

import { useActionState } from "react"
import { decideAfterSalesAction } from "@/lib/actions/portal-after-sales"
import type { PortalFormState } from "@/lib/actions/portal-guard"

const INITIAL: PortalFormState = { status: "idle" }

export interface DecisionLabels {
  approve: string
  refuse: string
  refuseReason: string
  receive: string
}

/** The enterprise's answer to a request: approve or refuse with a reason, or (approved returns) goods received → refund. */
export function AfterSalesDecision({ locale, id, status, labels }: { locale: string; id: string; status: "requested" | "approved"; labels: DecisionLabels }) {
  const [state, action, pending] = useActionState(decideAfterSalesAction, INITIAL)
  return (
    <form action={action} className="mt-3 space-y-2" data-testid="after-sales-decision">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={id} />
      {status === "requested" ? (
        <>
          <label htmlFor={`refuse-${id}`} className="block text-sm font-medium">
            {labels.refuseReason}
          </label>
          <input id={`refuse-${id}`} name="reason" maxLength={300} defaultValue={state.values?.reason ?? ""} className="min-h-11 w-full rounded-md border border-stone-300 px-3" />
          <div className="flex flex-wrap gap-2">
            <button type="submit" name="decision" value="approve" className="btn-primary" disabled={pending}>
              {labels.approve}
            </button>
            <button type="submit" name="decision" value="refuse" className="btn-secondary" disabled={pending}>
              {labels.refuse}
            </button>
          </div>
        </>
      ) : (
        <button type="submit" name="decision" value="receive" className="btn-primary" disabled={pending}>
          {labels.receive}
        </button>
      )}
      {state.message ? (
        <p role={state.status === "error" ? "alert" : "status"} className={state.status === "error" ? "text-sm text-red-700" : "text-sm text-green-800"}>
          {state.message}
        </p>
      ) : null}
    </form>
  )
}
