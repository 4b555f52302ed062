import {
  createProductsWorkflow,
  createProductVariantsWorkflow,
  updateProductsWorkflow,
  updateProductVariantsWorkflow,
} from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { assertBrandAuthorizations } from "../brand/brand-authorization-rule"
import { assertClaimRule } from "../claims/claim-rule"
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
  // Staff publishing through Medusa's own product routes meet the claim rule too. Only on update:
  // a product is created before any certificate can be linked to it (the seed creates certified
  // products that way), and POST /admin/products refuses a claim on a new published product.
  await assertClaimRule(container, products.map((p) => p.id), { onlyPublished: true })
})

createProductVariantsWorkflow.hooks.productVariantsCreated(async ({ product_variants }, { container }) => {
  await assertVariantGtins(container, [...new Set(product_variants.map((v) => v.product_id!))])
})

updateProductVariantsWorkflow.hooks.productVariantsUpdated(async ({ product_variants }, { container }) => {
  await assertVariantGtins(container, [...new Set(product_variants.map((v) => v.product_id!))])
})
