import { z } from "@medusajs/framework/zod"
import { atLeastOne } from "../../validation/required"

export const EnterpriseRequestBrandAuthorization = z
  .object({
    brand_id: z.string().trim().min(1, "brand_id names the brand you ask to sell under"),
    category_handles: atLeastOne(z.string().trim().min(1), "name at least one product category you ask for", 20),
    note: z.string().trim().max(1000).optional(),
  })
  .strict()
export type EnterpriseRequestBrandAuthorizationType = z.infer<typeof EnterpriseRequestBrandAuthorization>
