import { emitEventStep, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { ProductStatus } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCT_FACT_KEYS } from "@seleno/domain"
import { LISTING_SUBMITTED, PRODUCT_CLAIMS_CHANGED } from "../../lib/events"
import { linkProductOriginStep } from "../product-origin/steps/link-product-origin"
import { checkListingClaimsStep } from "./steps/check-listing-claims"
import { loadOwnListingStep } from "./steps/load-own-listing"
import { setEnglishStep, type EnglishText } from "./steps/set-english"
import { setProductCertificatesStep } from "./steps/set-product-certificates"

export interface UpdateEnterpriseProductInput {
  enterprise_id: string
  product_id: string
  title?: string
  title_en?: string
  description?: string | null
  description_en?: string | null
  brand_id?: string
  categories?: string[]
  certificate_ids?: string[]
  images?: string[]
  /** null removes the stated selenium content. */
  selenium_mg_per_kg?: number | null
  serving_g?: number
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x))

/**
 * An enterprise edits its listing. A new brand, other certificates or another selenium content
 * are claims the platform has not checked: a published or waiting listing goes back to review
 * ("proposed") and leaves the store until approved again. Everything else applies at once.
 */
export const updateEnterpriseProductWorkflow = createWorkflow("update-enterprise-product", (input: UpdateEnterpriseProductInput) => {
  const current = loadOwnListingStep({ enterprise_id: input.enterprise_id, product_id: input.product_id })

  const claims = transform({ input, current }, ({ input, current }) => ({
    enterprise_id: input.enterprise_id,
    product_id: input.product_id,
    brand_id: input.brand_id ?? current.brand?.id ?? "",
    categories: input.categories ?? current.categories.map((c) => c.id),
    // Only what the edit claims anew is checked: an unrelated edit is not blocked by an old certificate's expiry.
    certificate_ids: input.certificate_ids ?? [],
    images: input.images ?? [],
    check_brand: input.brand_id !== undefined || input.categories !== undefined,
  }))
  const checked = checkListingClaimsStep(claims)

  const plan = transform({ input, current, checked }, ({ input, current, checked }) => {
    const brandChanged = input.brand_id !== undefined && input.brand_id !== current.brand?.id
    const certificatesChanged = input.certificate_ids !== undefined && !sameSet(input.certificate_ids, current.certificates.map((c) => c.id))
    const seleniumChanged = input.selenium_mg_per_kg !== undefined && input.selenium_mg_per_kg !== current.selenium_mg_per_kg
    const backToReview = (brandChanged || certificatesChanged || seleniumChanged) && current.status === ProductStatus.PUBLISHED
    const facts = {
      ...(input.selenium_mg_per_kg !== undefined ? { [PRODUCT_FACT_KEYS.seleniumMgPerKg]: input.selenium_mg_per_kg } : {}),
      ...(input.serving_g !== undefined ? { [PRODUCT_FACT_KEYS.servingGrams]: input.serving_g } : {}),
    }
    return { brandChanged, certificatesChanged, backToReview, facts, category_ids: input.categories ? checked.category_ids : undefined }
  })

  // The product module replaces metadata as a whole: merge into what the listing holds.
  const products = transform({ input, plan, current }, ({ input, plan, current }) => [
    {
      id: input.product_id,
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(plan.category_ids ? { category_ids: plan.category_ids } : {}),
      ...(input.images ? { images: input.images.map((url) => ({ url })), thumbnail: input.images[0] ?? null } : {}),
      ...(plan.backToReview ? { status: ProductStatus.PROPOSED } : {}),
      ...(Object.keys(plan.facts).length > 0 ? { metadata: { ...current.metadata, ...plan.facts } } : {}),
    },
  ])
  updateProductsWorkflow.runAsStep({ input: { products } })

  when({ plan }, ({ plan }) => plan.brandChanged).then(() => {
    linkProductOriginStep(transform({ input }, ({ input }) => ({ product_id: input.product_id, brand_id: input.brand_id!, enterprise_id: input.enterprise_id })))
  })
  when({ plan }, ({ plan }) => plan.certificatesChanged).then(() => {
    setProductCertificatesStep(
      transform({ input, current }, ({ input, current }) => ({
        product_id: input.product_id,
        before: current.certificates.map((c) => c.id),
        certificate_ids: input.certificate_ids!,
      }))
    )
  })

  const english = transform({ input }, ({ input }): EnglishText[] => {
    const translations: Record<string, string | null> = {}
    if (input.title_en !== undefined) translations.title = input.title_en
    if (input.description_en !== undefined) translations.description = input.description_en
    return [{ reference: "product", reference_id: input.product_id, translations }]
  })
  setEnglishStep(english)

  emitEventStep({ eventName: PRODUCT_CLAIMS_CHANGED, data: transform({ input }, ({ input }) => ({ id: [input.product_id] })) })
  // A listing sent back to review by a changed claim waits for staff like a submitted one.
  when({ plan }, ({ plan }) => plan.backToReview).then(() => {
    emitEventStep({ eventName: LISTING_SUBMITTED, data: transform({ input }, ({ input }) => ({ id: input.product_id })) }).config({ name: "emit-listing-back-to-review" })
  })
  return new WorkflowResponse(transform({ plan }, ({ plan }) => ({ back_to_review: plan.backToReview })))
})
