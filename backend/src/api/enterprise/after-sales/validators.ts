import { z } from "@medusajs/framework/zod"
import { AFTER_SALES_LIMITS, AFTER_SALES_STATUSES } from "@seleno/domain"
import { AFTER_SALES_PROBLEM_TEXT } from "../../../lib/after-sales-part"

export const EnterpriseListAfterSales = z.object({
  status: z.enum(AFTER_SALES_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})
export type EnterpriseListAfterSalesType = z.infer<typeof EnterpriseListAfterSales>

export const EnterpriseRefuseAfterSales = z
  .object({
    reason: z
      .string({ error: AFTER_SALES_PROBLEM_TEXT.refusal_reason_required })
      .trim()
      .min(2, { error: AFTER_SALES_PROBLEM_TEXT.refusal_reason_required })
      .max(AFTER_SALES_LIMITS.refusalMax, { error: AFTER_SALES_PROBLEM_TEXT.refusal_reason_required }),
  })
  .strict()
export type EnterpriseRefuseAfterSalesType = z.infer<typeof EnterpriseRefuseAfterSales>
