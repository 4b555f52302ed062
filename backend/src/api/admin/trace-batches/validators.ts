import { z } from "@medusajs/framework/zod"
import { requiredText } from "../../validation/required"

export const AdminCreateTraceBatch = z.object({
  variant_id: z.string().min(1),
  // The lot goes into the package's GS1 Digital Link URL, so it keeps to URL-safe characters.
  lot: z.string().trim().regex(/^[A-Za-z0-9-]{1,20}$/, "lot must be 1–20 letters, digits or hyphens"),
  produced_on: z.coerce.date(),
  quantity: z.number().int("quantity is a whole number of packages").min(1).max(10_000, "a batch holds at most 10000 packages; split larger lots"),
  enterprise_id: z.string().min(1),
  base_id: z.string().min(1).nullish(),
  inspection_mg_per_kg: z.number().nonnegative().max(1000).nullish(),
  inspection_lab: z.string().max(200).nullish(),
  inspected_on: z.coerce.date().nullish(),
})
export type AdminCreateTraceBatchType = z.infer<typeof AdminCreateTraceBatch>

export const AdminRecordTraceEvent = z.object({
  type: z.enum(["harvested", "processed", "packed", "shipped", "inspected"]),
  occurred_at: z.coerce.date(),
  place: requiredText("place says where it happened", 200),
  description: z.string().max(1000).nullish(),
})
export type AdminRecordTraceEventType = z.infer<typeof AdminRecordTraceEvent>
