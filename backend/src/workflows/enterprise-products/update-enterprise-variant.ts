import { createInventoryLevelsWorkflow, emitEventStep, updateInventoryLevelsWorkflow, updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { variantGtinProblem, type VariantGtinProblemCode } from "@seleno/domain"
import { codedError } from "../../lib/coded-error"
import TraceBatchVariantLink from "../../links/trace-batch-variant"
import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCT_CLAIMS_CHANGED, VARIANT_STOCK_CHANGED } from "../../lib/events"
import { assertAboveFloors } from "../../lib/funding/floors"
import { stockLocationOfProduct } from "./storefront"
import { loadOwnListingStep } from "./steps/load-own-listing"

export interface UpdateEnterpriseVariantInput {
  enterprise_id: string
  product_id: string
  variant_id: string
  /** CNY yuan. */
  price?: number
  stock?: number
  /** The package barcode (checked digits). */
  gtin?: string
}

const GTIN_MESSAGES: Record<VariantGtinProblemCode, string> = {
  variant_gtin_taken: "gtin: another variant already has this barcode",
  variant_gtin_batched: "gtin: batches of this variant are printed with its barcode; it can no longer change",
}

/** A new GTIN names no other variant and the variant has no batch yet (its labels carry the GTIN). Only reads. */
const checkGtinStep = createStep("check-enterprise-variant-gtin", async (input: UpdateEnterpriseVariantInput, { container }) => {
  if (input.gtin === undefined) return new StepResponse(undefined)
  const products = container.resolve(Modules.PRODUCT)
  const [variant] = await products.listProductVariants({ id: input.variant_id }, { select: ["id", "barcode"] })
  const holders = await products.listProductVariants({ barcode: input.gtin }, { select: ["id"] })
  const { data: batches } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: TraceBatchVariantLink.entryPoint,
    fields: ["trace_batch_id"],
    filters: { product_variant_id: input.variant_id },
  })
  const problem = variantGtinProblem({
    current: variant?.barcode ?? null,
    next: input.gtin,
    batches: batches.length,
    takenByOther: holders.some((h) => h.id !== input.variant_id),
  })
  if (problem) throw codedError({ code: problem, params: { gtin: input.gtin }, message: GTIN_MESSAGES[problem] }, MedusaError.Types.NOT_ALLOWED)
  return new StepResponse(undefined)
})

/** The variant's inventory item and whether it already has a level where the listing's stock is kept (its enterprise's base). */
const locateStockStep = createStep("locate-enterprise-variant-stock", async (variantId: string, { container }) => {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant",
    fields: ["id", "product_id", "inventory_items.inventory_item_id", "inventory_items.inventory.location_levels.location_id"],
    filters: { id: variantId },
  })
  const item = (data[0] as { inventory_items?: { inventory_item_id: string; inventory?: { location_levels?: { location_id: string }[] } }[] })?.inventory_items?.[0]
  if (!item) throw new Error(`Variant ${variantId} has no inventory item`)
  const stockLocationId = await stockLocationOfProduct(container, (data[0] as { product_id: string }).product_id)
  const hasLevel = (item.inventory?.location_levels ?? []).some((l) => l?.location_id === stockLocationId)
  return new StepResponse({ inventory_item_id: item.inventory_item_id, location_id: stockLocationId, has_level: hasLevel })
})

/** The enterprise's own price change keeps to the floor it set (lower the floor first). Only reads. */
const checkFloorStep = createStep("check-enterprise-variant-floor", async (input: UpdateEnterpriseVariantInput, { container }) => {
  if (input.price !== undefined) await assertAboveFloors(container, [{ field: "price", variant_id: input.variant_id, amount: input.price }])
  return new StepResponse(undefined)
})

/**
 * Price, stock and the GTIN (until a batch is printed) are the enterprise's to set at any time:
 * they apply at once and a published listing stays published (no claim changes, so no review).
 */
export const updateEnterpriseVariantWorkflow = createWorkflow("update-enterprise-variant", (input: UpdateEnterpriseVariantInput) => {
  loadOwnListingStep({ enterprise_id: input.enterprise_id, product_id: input.product_id, variant_id: input.variant_id })
  checkFloorStep(input)
  checkGtinStep(input)

  when({ input }, ({ input }) => input.price !== undefined || input.gtin !== undefined).then(() => {
    const product_variants = transform({ input }, ({ input }) => [
      {
        id: input.variant_id,
        ...(input.price !== undefined ? { prices: [{ currency_code: "cny", amount: input.price }] } : {}),
        ...(input.gtin !== undefined ? { barcode: input.gtin } : {}),
      },
    ])
    updateProductVariantsWorkflow.runAsStep({ input: { product_variants } })
  })

  // Flat conditions: the workflow composer does not nest `when`.
  const stock = locateStockStep(input.variant_id)
  const level = transform({ input, stock }, ({ input, stock }) => ({
    inventory_item_id: stock.inventory_item_id,
    location_id: stock.location_id,
    stocked_quantity: input.stock ?? 0,
  }))
  when({ input, stock }, ({ input, stock }) => input.stock !== undefined && stock.has_level).then(() => {
    updateInventoryLevelsWorkflow.runAsStep({ input: { updates: transform({ level }, ({ level }) => [level]) } })
  })
  when({ input, stock }, ({ input, stock }) => input.stock !== undefined && !stock.has_level).then(() => {
    createInventoryLevelsWorkflow.runAsStep({ input: { inventory_levels: transform({ level }, ({ level }) => [level]) } })
  })

  // Stock lives in the inventory module, whose events the product index does not follow; this
  // event is the index's "refresh these products" (see src/search/product.ts), so "in stock" follows.
  emitEventStep({ eventName: PRODUCT_CLAIMS_CHANGED, data: transform({ input }, ({ input }) => ({ id: [input.product_id] })) })
  // Sellable stock may have crossed the variant's low-stock threshold, either way (see subscribers/low-stock-notices.ts).
  when({ input }, ({ input }) => input.stock !== undefined).then(() => {
    emitEventStep({ eventName: VARIANT_STOCK_CHANGED, data: transform({ input }, ({ input }) => ({ variant_ids: [input.variant_id] })) }).config({ name: "emit-variant-stock-changed" })
  })
  return new WorkflowResponse(input.variant_id)
})
