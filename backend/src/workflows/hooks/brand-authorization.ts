import { createProductsWorkflow, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { assertBrandAuthorizations } from "../brand/brand-authorization-rule"

// Creating or updating products fails, and the change is rolled back, when a published product
// would carry a regional or county brand its enterprise is not authorized for.
createProductsWorkflow.hooks.productsCreated(async ({ products }, { container }) => {
  await assertBrandAuthorizations(container, products.map((p) => p.id))
})

updateProductsWorkflow.hooks.productsUpdated(async ({ products }, { container }) => {
  await assertBrandAuthorizations(container, products.map((p) => p.id))
})
