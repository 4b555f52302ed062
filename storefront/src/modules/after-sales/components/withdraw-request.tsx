"use client"

import { withdrawAfterSalesAction } from "@/lib/actions/after-sales"
import { OrderActionForm } from "./order-action-form"

/** 撤回申请: shown on a request still waiting for the enterprise. */
export function WithdrawRequest({ locale, orderId, requestId, label }: { locale: string; orderId: string; requestId: string; label: string }) {
  return <OrderActionForm run={withdrawAfterSalesAction} fields={{ locale, order_id: orderId, request_id: requestId }} label={label} />
}
