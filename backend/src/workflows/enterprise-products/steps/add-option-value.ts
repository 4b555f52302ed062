import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export interface OptionValueInput {
  product_id: string
  option_id: string
  value: string
}

type Added = OptionValueInput & { value_id: string; created: boolean; linked: boolean }

/**
 * Adds `value` to the product's option and to the product's own subset of that option's values
 * (Medusa 2.21 keeps which values a product uses in a pivot; a variant may only use those).
 * Undone by unlinking the value and, when this step created it, deleting it: a refused variant
 * leaves no size to choose in the store.
 */
export const addOptionValueStep = createStep(
  "add-enterprise-option-value",
  async (input: OptionValueInput, { container }) => {
    const service = container.resolve(Modules.PRODUCT)
    const find = () => service.listProductOptionValues({ option_id: input.option_id, value: input.value }, { select: ["id"] })
    const existing = (await find())[0]
    // listProducts narrows options.values to the product's own subset.
    const [product] = await service.listProducts({ id: input.product_id }, { relations: ["options.values"] })
    const option = product?.options?.find((o) => o.id === input.option_id)
    const linked = Boolean(existing && option?.values?.some((v) => v.id === existing.id))
    if (!linked) {
      await service.updateProductOptionValuesOnProduct([{ product_id: input.product_id, product_option_id: input.option_id, add: [existing ? existing.id : { value: input.value }] }])
    }
    const [row] = await find()
    if (!row) throw new Error(`Option value ${input.value} was not created`)
    return new StepResponse(row.id, { ...input, value_id: row.id, created: !existing, linked } satisfies Added)
  },
  async (added, { container }) => {
    if (!added || added.linked) return
    const service = container.resolve(Modules.PRODUCT)
    await service.updateProductOptionValuesOnProduct([{ product_id: added.product_id, product_option_id: added.option_id, remove: [added.value_id] }])
    if (added.created) await service.softDeleteProductOptionValues([added.value_id])
  }
)
