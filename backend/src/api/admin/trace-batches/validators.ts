import { z } from "@medusajs/framework/zod"
import { BATCH_VOID_REASON_MAX, FLAGGED_SIGNAL_STATES, SERIAL_REVIEW_NOTE_MAX, TRACE_EVENT_TYPES } from "@seleno/domain"
import { requiredText } from "../../validation/required"

export const AdminCreateTraceBatch = z.object({
  variant_id: z.string().min(1),
  // The lot goes into the package's GS1 Digital Link URL, so it keeps to URL-safe characters.
  lot: z.string().trim().regex(/^[A-Za-z0-9-]{1,20}$/, "lot must be 1–20 letters, digits or hyphens"),
  produced_on: z.coerce.date(),
  quantity: z.number().int("quantity is a whole number of packages").min(1).max(10_000, "a batch holds at most 10000 packages; split larger lots"),
  // Optional: the batch belongs to the enterprise of the variant's product; naming another is refused.
  enterprise_id: z.string().min(1).nullish(),
  base_id: z.string().min(1).nullish(),
  inspection_mg_per_kg: z.number().nonnegative().max(1000).nullish(),
  inspection_lab: z.string().max(200).nullish(),
  inspected_on: z.coerce.date().nullish(),
})
export type AdminCreateTraceBatchType = z.infer<typeof AdminCreateTraceBatch>

export const AdminRecordTraceEvent = z.object({
  type: z.enum(TRACE_EVENT_TYPES),
  occurred_at: z.coerce.date(),
  place: requiredText("place says where it happened", 200),
  description: z.string().max(1000).nullish(),
})
export type AdminRecordTraceEventType = z.infer<typeof AdminRecordTraceEvent>

/** Withdrawing a batch: the reason is shown to shoppers on its QR pages. */
export const AdminVoidTraceBatch = z
  .object({ reason: requiredText("reason says why the batch is withdrawn; shoppers read it on the package's page", BATCH_VOID_REASON_MAX) })
  .strict()
export type AdminVoidTraceBatchType = z.infer<typeof AdminVoidTraceBatch>

/** A staff decision about a serial's counterfeit signal, with the note kept beside it. */
export const AdminReviewSerial = z
  .object({ note: requiredText("note says what staff found (kept with the decision)", SERIAL_REVIEW_NOTE_MAX) })
  .strict()
export type AdminReviewSerialType = z.infer<typeof AdminReviewSerial>

export const AdminListFlaggedSerials = z.object({ state: z.enum([...FLAGGED_SIGNAL_STATES]).optional() })
export type AdminListFlaggedSerialsType = z.infer<typeof AdminListFlaggedSerials>
