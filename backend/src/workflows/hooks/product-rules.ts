import {
  createProductsWorkflow,
  createProductVariantsWorkflow,
  updateProductsWorkflow,
  updateProductVariantsWorkflow,
} from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { assertBrandAuthorizations } from "../brand/brand-authorization-rule"
import { assertVariantGtins } from "../product-origin/variant-gtin-rule"

// A hook takes one handler, so every product rule runs here. Creating or updating products fails,
// and the change is rolled back, when a variant's barcode is not a valid GTIN or a published
// product would carry a regional or county brand its enterprise is not authorized for.
async function assertProductRules(container: MedusaContainer, productIds: string[]): Promise<void> {
  await assertVariantGtins(container, productIds)
  await assertBrandAuthorizations(container, productIds)
}

createProductsWorkflow.hooks.productsCreated(async ({ products }, { container }) => {
  await assertProductRules(container, products.map((p) => p.id))
})

updateProductsWorkflow.hooks.productsUpdated(async ({ products }, { container }) => {
  await assertProductRules(container, products.map((p) => p.id))
})

createProductVariantsWorkflow.hooks.productVariantsCreated(async ({ product_variants }, { container }) => {
  await assertVariantGtins(container, [...new Set(product_variants.map((v) => v.product_id!))])
})

updateProductVariantsWorkflow.hooks.productVariantsUpdated(async ({ product_variants }, { container }) => {
  await assertVariantGtins(container, [...new Set(product_variants.map((v) => v.product_id!))])
})
