import { z } from "@medusajs/framework/zod"

const productId = z.string().trim().regex(/^prod_[A-Za-z0-9]+$/, "product_ids: product ids look like prod_…")

/** `?product_ids=prod_1,prod_2` (or repeated product_ids parameters). */
export const StoreCampaignOffersQuery = z.object({
  product_ids: z
    .union([z.string(), z.array(z.string())])
    .transform((value) => (Array.isArray(value) ? value : value.split(",")).map((id) => id.trim()).filter(Boolean))
    .pipe(z.array(productId).max(100)),
})
export type StoreCampaignOffersQueryType = z.infer<typeof StoreCampaignOffersQuery>
