import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { isLowStock } from "@seleno/domain"
import { variantStock } from "../../lib/variant-stock"
import { STOCK_ALERT_MODULE } from "../../modules/stock-alert"
import type StockAlertModuleService from "../../modules/stock-alert/service"
import { ownProductIds, productNotFound } from "../enterprise-products/own-products"
import { STOCK_ALERT_LOCK } from "./check-low-stock"

export interface SetLowStockThresholdInput {
  enterprise_id: string
  product_id: string
  variant_id: string
  /** The new threshold, or null to remove it. */
  threshold: number | null
}

type Previous = { id: string; variant_id: string; enterprise_id: string; threshold: number; alerted_at: Date | null } | null

/**
 * Sets (or removes) a variant's threshold. A variant already at or below a new threshold counts as
 * announced: the portal shows it as low at once, and the next notice is for the next crossing.
 */
const setLowStockThresholdStep = createStep(
  "set-low-stock-threshold",
  async (input: SetLowStockThresholdInput, { container }) => {
    const own = new Set(await ownProductIds(container, input.enterprise_id))
    const stock = (await variantStock(container, [input.variant_id])).get(input.variant_id)
    // Another enterprise's variant (or one of another product) is "not found", like a missing one.
    if (!own.has(input.product_id) || !stock || stock.product_id !== input.product_id) throw productNotFound(input.product_id)
    const alerts = container.resolve<StockAlertModuleService>(STOCK_ALERT_MODULE)
    const [existing] = await alerts.listLowStockThresholds({ variant_id: input.variant_id })
    const previous: Previous = existing
      ? { id: existing.id, variant_id: existing.variant_id, enterprise_id: existing.enterprise_id, threshold: existing.threshold, alerted_at: existing.alerted_at ?? null }
      : null
    if (input.threshold === null) {
      if (existing) await alerts.deleteLowStockThresholds([existing.id])
      return new StepResponse(null, { previous, created: null as string | null })
    }
    const row = {
      variant_id: input.variant_id,
      enterprise_id: input.enterprise_id,
      threshold: input.threshold,
      alerted_at: isLowStock(stock.sellable, input.threshold) ? (existing?.alerted_at ?? new Date()) : null,
    }
    if (existing) {
      await alerts.updateLowStockThresholds({ id: existing.id, ...row })
      return new StepResponse(existing.id, { previous, created: null as string | null })
    }
    const created = await alerts.createLowStockThresholds(row)
    return new StepResponse(created.id, { previous, created: created.id as string | null })
  },
  async (undo, { container }) => {
    if (!undo) return
    const alerts = container.resolve<StockAlertModuleService>(STOCK_ALERT_MODULE)
    if (undo.created) await alerts.deleteLowStockThresholds([undo.created])
    if (undo.previous) {
      const [still] = await alerts.listLowStockThresholds({ id: undo.previous.id })
      if (still) await alerts.updateLowStockThresholds(undo.previous)
      else await alerts.restoreLowStockThresholds([undo.previous.id])
    }
  }
)

/** An enterprise sets or removes the low-stock threshold of one of its own variants. */
export const setLowStockThresholdWorkflow = createWorkflow("set-low-stock-threshold", (input: SetLowStockThresholdInput) => {
  acquireLockStep({ key: STOCK_ALERT_LOCK, timeout: 30, ttl: 60 })
  const id = setLowStockThresholdStep(input)
  releaseLockStep({ key: STOCK_ALERT_LOCK })
  return new WorkflowResponse(id)
})
