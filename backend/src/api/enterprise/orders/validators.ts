import { z } from "@medusajs/framework/zod"
import { CARRIER_CODES, isValidTrackingNumber } from "@seleno/domain"

export const EnterpriseListOrders = z.object({
  limit: z.coerce.number().int().min(1, { error: "limit must be 1–100" }).max(100, { error: "limit must be 1–100" }).default(20),
  offset: z.coerce.number().int().min(0, { error: "offset must be 0 or more" }).default(0),
})
export type EnterpriseListOrdersType = z.infer<typeof EnterpriseListOrders>

export const EnterpriseFulfilOrderPart = z.object({
  items: z
    .array(
      z.object({
        id: z.string().min(1, { error: "items: each item needs its id" }),
        quantity: z.number().int({ error: "items: quantity must be a whole number" }).positive({ error: "items: quantity must be at least 1" }),
      })
    )
    .min(1, { error: "items: name at least one item, or leave items out to fulfil all your unfulfilled items" })
    .optional(),
  carrier: z.string().refine((code) => CARRIER_CODES.includes(code), {
    error: (issue) => `carrier "${String(issue.input)}" is not a carrier we know; use one of ${CARRIER_CODES.join(", ")}`,
  }),
  tracking_number: z
    .string()
    .trim()
    .refine(isValidTrackingNumber, { error: "tracking_number must be 6–30 letters or digits, without spaces or dashes" }),
})
export type EnterpriseFulfilOrderPartType = z.infer<typeof EnterpriseFulfilOrderPart>
