"use client"

import { confirmDeliveryAction } from "@/lib/actions/after-sales"
import { OrderActionForm } from "./order-action-form"

/** 确认收货 of one parcel. */
export function ConfirmReceipt({ locale, orderId, enterpriseId, label, hint }: { locale: string; orderId: string; enterpriseId: string; label: string; hint: string }) {
  return <OrderActionForm run={confirmDeliveryAction} fields={{ locale, order_id: orderId, enterprise_id: enterpriseId }} label={label} hint={hint} />
}
