import { z } from "@medusajs/framework/zod"
import { AFTER_SALES_KINDS, AFTER_SALES_LIMITS, AFTER_SALES_REASONS } from "@seleno/domain"
import { AFTER_SALES_PROBLEM_TEXT } from "../../../lib/after-sales-part"

// Each message is one code's text, so the middleware answers the code the storefront words.
const issue = (code: keyof typeof AFTER_SALES_PROBLEM_TEXT) => ({ error: AFTER_SALES_PROBLEM_TEXT[code] })

/** Multipart sends items as one JSON text field; JSON bodies send the array itself. */
const jsonText = (value: unknown) => {
  if (typeof value !== "string") return value
  try {
    return JSON.parse(value)
  } catch {
    return value
  }
}

/**
 * A shopper's 售后 request (multipart with up to three "photos", or JSON). Which units may be asked
 * for, and when, is decided by the workflow against the order (see @seleno/domain's requestProblem).
 */
export const StoreCreateAfterSalesRequest = z
  .object({
    enterprise_id: z.string().trim().min(1, issue("item_not_in_part")).max(64),
    kind: z.enum(AFTER_SALES_KINDS, issue("kind_invalid")),
    reason: z.enum(AFTER_SALES_REASONS, issue("reason_invalid")),
    note: z
      .string()
      .trim()
      .max(AFTER_SALES_LIMITS.noteMax, issue("note_too_long"))
      .optional()
      .transform((v) => v || null),
    items: z.preprocess(
      jsonText,
      z
        .array(
          z.object({
            item_id: z.string().trim().min(1, issue("items_required")).max(64),
            quantity: z.coerce.number().int(issue("quantity_invalid")).positive(issue("quantity_invalid")).max(9999, issue("quantity_invalid")),
          }),
          issue("items_required")
        )
        .min(1, issue("items_required"))
        .max(50, issue("items_required"))
    ),
  })
  .strict()
export type StoreCreateAfterSalesRequestType = z.infer<typeof StoreCreateAfterSalesRequest>

export const StoreConfirmDelivery = z.object({ enterprise_id: z.string().trim().min(1).max(64) }).strict()
export type StoreConfirmDeliveryType = z.infer<typeof StoreConfirmDelivery>
