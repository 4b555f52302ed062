import { createInventoryLevelsWorkflow, createProductVariantsWorkflow, emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCT_CLAIMS_CHANGED } from "../../lib/events"
import { OPTION_TITLE, type EnterpriseProductVariantInput } from "./create-enterprise-product"
import { stockLocationOfProduct } from "./storefront"
import { addOptionValueStep } from "./steps/add-option-value"
import { loadOwnListingStep } from "./steps/load-own-listing"
import { setEnglishStep, type EnglishText } from "./steps/set-english"

export interface AddEnterpriseVariantInput extends EnterpriseProductVariantInput {
  enterprise_id: string
  product_id: string
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * Before anything is written: the title is new on the listing, and the option the variant is chosen
 * by (规格, the only option enterprise listings have) and the warehouse its stock goes to.
 */
const planNewVariantStep = createStep(
  "plan-enterprise-new-variant",
  async (input: { product_id: string; title: string; titles: string[] }, { container }) => {
    if (input.titles.includes(input.title)) throw invalid(`title: this listing already has a variant called "${input.title}"`)
    const [product] = await container.resolve(Modules.PRODUCT).listProducts({ id: input.product_id }, { relations: ["options"] })
    const options = product?.options ?? []
    // A variant needs a value of every option; a listing of several options (none the portal makes) is the admin's.
    const option = options.length === 1 ? options[0]! : undefined
    if (!option) throw invalid(`title: this listing's variants are chosen by ${options.length} options, not one ${OPTION_TITLE.zh}; ask the platform to add this variant`)
    const stockLocationId = await stockLocationOfProduct(container, input.product_id)
    return new StepResponse({ option_id: option.id, option_title: option.title, stock_location_id: stockLocationId })
  }
)

/**
 * An enterprise adds a variant to its own listing: the option value, the variant with its CNY price
 * and inventory item, its stock in the store's warehouse and its English title. Like a price or
 * stock change it is no new claim, so a published listing stays published. Every step is undone
 * when a later one fails (a taken SKU, say): no half variant is left.
 */
export const addEnterpriseVariantWorkflow = createWorkflow("add-enterprise-variant", (input: AddEnterpriseVariantInput) => {
  const listing = loadOwnListingStep({ enterprise_id: input.enterprise_id, product_id: input.product_id })
  const plan = planNewVariantStep(
    transform({ input, listing }, ({ input, listing }) => ({ product_id: input.product_id, title: input.title, titles: listing.variants.map((v) => v.title) }))
  )
  const valueId = addOptionValueStep(transform({ input, plan }, ({ input, plan }) => ({ product_id: input.product_id, option_id: plan.option_id, value: input.title })))

  const product_variants = transform({ input, plan }, ({ input, plan }) => [
    {
      product_id: input.product_id,
      title: input.title,
      sku: input.sku,
      ...(input.gtin ? { barcode: input.gtin } : {}),
      manage_inventory: true,
      options: { [plan.option_title]: input.title },
      prices: [{ currency_code: "cny", amount: input.price }],
    },
  ])
  const created = createProductVariantsWorkflow.runAsStep({ input: { product_variants } })
  const variantId = transform({ created }, ({ created }) => created[0]!.id)

  // The variant's inventory item was made by createProductVariantsWorkflow; its stock goes where the create workflow puts it.
  const { data: rows } = useQueryGraphStep({ entity: "product_variant", fields: ["id", "inventory_items.inventory_item_id"], filters: { id: variantId } })
  const levels = transform({ input, plan, rows }, ({ input, plan, rows }) => [
    {
      inventory_item_id: (rows as { inventory_items?: { inventory_item_id: string }[] }[])[0]!.inventory_items![0]!.inventory_item_id,
      location_id: plan.stock_location_id,
      stocked_quantity: input.stock,
    },
  ])
  createInventoryLevelsWorkflow.runAsStep({ input: { inventory_levels: levels } })

  // The option value is the variant's title too (one option, see OPTION_TITLE).
  const english = transform({ input, variantId, valueId }, ({ input, variantId, valueId }): EnglishText[] =>
    input.title_en
      ? [
          { reference: "product_variant", reference_id: variantId, translations: { title: input.title_en } },
          { reference: "product_option_value", reference_id: valueId, translations: { value: input.title_en } },
        ]
      : []
  )
  setEnglishStep(english)

  // The product index refreshes on this event (see src/search/product.ts): the new size and its stock show in search.
  emitEventStep({ eventName: PRODUCT_CLAIMS_CHANGED, data: transform({ input }, ({ input }) => ({ id: [input.product_id] })) })
  return new WorkflowResponse(variantId)
})
