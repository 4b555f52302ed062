import { z } from "@medusajs/framework/zod"
import { requiredText } from "../../validation/required"

export const EnterpriseSetPriceFloor = z
  .object({
    variant_id: requiredText("variant_id: name your variant", 100),
    amount: z
      .number({ error: "amount: give the floor in yuan, or null to remove it" })
      .refine((v) => v > 0, "amount: a floor must be more than 0 yuan")
      .max(1_000_000, "amount cannot exceed 1000000 yuan")
      .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, "amount has at most 2 decimals (fen)")
      .nullable(),
  })
  .strict()
export type EnterpriseSetPriceFloorType = z.infer<typeof EnterpriseSetPriceFloor>
