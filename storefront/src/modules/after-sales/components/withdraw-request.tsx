"use client"

import { useActionState } from "react"
import { withdrawAfterSalesAction, type AfterSalesFormState } from "@/lib/actions/after-sales"

const INITIAL: AfterSalesFormState = { status: "idle" }

/** 撤回申请: shown on a request still waiting for the enterprise. */
export function WithdrawRequest({ locale, orderId, requestId, label }: { locale: string; orderId: string; requestId: string; label: string }) {
  const [state, action, pending] = useActionState(withdrawAfterSalesAction, INITIAL)
  return (
    <form action={action} className="mt-2">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="order_id" value={orderId} />
      <input type="hidden" name="request_id" value={requestId} />
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
