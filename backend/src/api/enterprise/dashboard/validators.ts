import { z } from "@medusajs/framework/zod"

export const EnterpriseDashboardQuery = z.object({
  days: z.coerce
    .number({ error: "days must be a whole number of days, 1–366" })
    .int({ error: "days must be a whole number of days, 1–366" })
    .min(1, { error: "days must be a whole number of days, 1–366" })
    .max(366, { error: "days must be a whole number of days, 1–366" })
    .default(30),
})
export type EnterpriseDashboardQueryType = z.infer<typeof EnterpriseDashboardQuery>
