import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { lowStockStep } from "@seleno/domain"
import { variantStock } from "../../lib/variant-stock"
import { STOCK_ALERT_MODULE } from "../../modules/stock-alert"
import type StockAlertModuleService from "../../modules/stock-alert/service"

export interface CheckLowStockInput {
  variant_ids: string[]
}

type Change = { id: string; alerted_at: Date | null }

/**
 * Looks at the variants' sellable stock against their thresholds and records each crossing: a
 * threshold newly reached gets `alerted_at` (and is returned, to be announced), one whose stock is
 * above it again is re-armed (null). Compensation puts the previous marks back.
 */
export const markLowStockCrossingsStep = createStep(
  "mark-low-stock-crossings",
  async (input: CheckLowStockInput, { container }) => {
    const alerts = container.resolve<StockAlertModuleService>(STOCK_ALERT_MODULE)
    const ids = [...new Set(input.variant_ids)]
    if (!ids.length) return new StepResponse({ crossed: [] as string[] }, [] as Change[])
    const thresholds = await alerts.listLowStockThresholds({ variant_id: ids })
    if (!thresholds.length) return new StepResponse({ crossed: [] as string[] }, [] as Change[])
    const stock = await variantStock(container, thresholds.map((t) => t.variant_id))
    const now = new Date()
    const before: Change[] = []
    const after: Change[] = []
    const crossed: string[] = []
    for (const t of thresholds) {
      const figures = stock.get(t.variant_id)
      if (!figures) continue
      const step = lowStockStep({ threshold: t.threshold, alerted: t.alerted_at != null }, figures.sellable)
      if (step.alerted === (t.alerted_at != null)) continue
      before.push({ id: t.id, alerted_at: t.alerted_at ?? null })
      after.push({ id: t.id, alerted_at: step.alerted ? now : null })
      if (step.notify) crossed.push(t.id)
    }
    if (after.length) await alerts.updateLowStockThresholds(after)
    return new StepResponse({ crossed }, before)
  },
  async (before, { container }) => {
    if (before?.length) await container.resolve<StockAlertModuleService>(STOCK_ALERT_MODULE).updateLowStockThresholds(before)
  }
)

/**
 * The lock every look at the thresholds takes: two orders placed at once read and mark one after
 * the other, so a crossing is announced once, not by both.
 */
export const STOCK_ALERT_LOCK = "stock-alert:thresholds"

/** Records low-stock crossings of the given variants; answers the thresholds newly crossed. */
export const checkLowStockWorkflow = createWorkflow("check-low-stock", (input: CheckLowStockInput) => {
  acquireLockStep({ key: STOCK_ALERT_LOCK, timeout: 30, ttl: 60 })
  const crossed = markLowStockCrossingsStep(input)
  releaseLockStep({ key: STOCK_ALERT_LOCK })
  return new WorkflowResponse(crossed)
})
