import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCT_IMPORT_INVALID_CODE } from "@seleno/domain"
import { codedError } from "../../lib/coded-error"
import { createEnterpriseProductsWorkflow } from "./create-enterprise-product"
import { checkProductSheet } from "./product-sheet"

export interface ImportEnterpriseProductsInput {
  enterprise_id: string
  /** The sheet's rows of cells, header first (see @seleno/domain product-sheet). */
  table: string[][]
}

/**
 * Checks every row; any problem refuses the whole import with all the problems listed (a 400 whose
 * `problems` name row, column and code). Nothing is written before this step passes.
 */
const checkProductSheetStep = createStep("check-enterprise-product-sheet", async (input: ImportEnterpriseProductsInput, { container }) => {
  const { products, problems } = await checkProductSheet(container, input.enterprise_id, input.table)
  if (problems.length > 0) {
    const error = codedError({
      code: PRODUCT_IMPORT_INVALID_CODE,
      params: { count: problems.length },
      message: `Nothing was imported: ${problems.length} problem(s), e.g. row ${problems[0]!.row} ${problems[0]!.column ?? ""} ${problems[0]!.code}`,
    })
    Object.assign(error, { problems })
    throw error
  }
  return new StepResponse(products)
})

/**
 * New listings from a product sheet (CSV or Excel): all rows checked with the single-listing rules,
 * then all listings created in one workflow (drafts, like a listing made in the portal); if a later
 * step fails, what was created is removed again.
 */
export const importEnterpriseProductsWorkflow = createWorkflow("import-enterprise-products", (input: ImportEnterpriseProductsInput) => {
  const products = checkProductSheetStep(input)
  const batch = transform({ input, products }, ({ input, products }) => ({ enterprise_id: input.enterprise_id, products }))
  const ids = createEnterpriseProductsWorkflow.runAsStep({ input: batch })
  return new WorkflowResponse(ids)
})
