import { z } from "@medusajs/framework/zod"

export const StoreGetProductCertifications = z.object({
  product_id: z.preprocess(
    (value) => (typeof value === "string" ? [value] : value),
    z.array(z.string().min(1)).min(1, "name at least one product_id").max(100, "ask for at most 100 products at a time")
  ),
})
export type StoreGetProductCertificationsType = z.infer<typeof StoreGetProductCertifications>
