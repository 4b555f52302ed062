import { z } from "@medusajs/framework/zod"

export const AdminSetProductOrigin = z.object({
  brand_id: z.string().min(1).nullable(),
  enterprise_id: z.string().min(1).nullable(),
})
export type AdminSetProductOriginType = z.infer<typeof AdminSetProductOrigin>
