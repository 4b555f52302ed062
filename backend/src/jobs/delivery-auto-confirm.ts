import type { MedusaContainer } from "@medusajs/framework/types"
import { autoConfirmDays } from "@seleno/domain"
import { autoConfirmDeliveriesWorkflow } from "../workflows/after-sales/auto-confirm-deliveries"

/**
 * Daily at 03:00 China time: parts shipped DELIVERY_AUTO_CONFIRM_DAYS (default 10) days ago whose
 * shopper never confirmed receipt count as delivered, which starts their 7-day no-reason window.
 */
export default async function deliveryAutoConfirmJob(container: MedusaContainer, now: Date = new Date()) {
  await autoConfirmDeliveriesWorkflow(container).run({ input: { at: now.toISOString(), days: autoConfirmDays(process.env.DELIVERY_AUTO_CONFIRM_DAYS) } })
}

export const config = {
  name: "delivery-auto-confirm",
  schedule: "0 19 * * *",
}
