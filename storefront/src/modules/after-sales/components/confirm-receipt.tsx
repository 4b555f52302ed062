"use client"

import { useActionState } from "react"
import { confirmDeliveryAction, type AfterSalesFormState } from "@/lib/actions/after-sales"

const INITIAL: AfterSalesFormState = { status: "idle" }

/** 确认收货 of one parcel. */
export function ConfirmReceipt({ locale, orderId, enterpriseId, label, hint }: { locale: string; orderId: string; enterpriseId: string; label: string; hint: string }) {
  const [state, action, pending] = useActionState(confirmDeliveryAction, INITIAL)
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="order_id" value={orderId} />
      <input type="hidden" name="enterprise_id" value={enterpriseId} />
      <p className="text-sm text-stone-700">{hint}</p>
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
