import { z } from "@medusajs/framework/zod"
import { LISTING_STATUSES } from "@seleno/domain"

export const AdminListEnterpriseListings = z.object({
  enterprise_id: z.string().optional(),
  county: z.string().optional(),
  status: z.enum(LISTING_STATUSES).optional(),
})
export type AdminListEnterpriseListingsType = z.infer<typeof AdminListEnterpriseListings>
