import { z } from "@medusajs/framework/zod"
import { CARRIER_CODES, ORDER_PART_STATUSES, trackingNumberProblem, trackingNumberProblemMessage } from "@seleno/domain"
import { codedError } from "../../../lib/coded-error"
import { checkPeriod, periodFields } from "../../../lib/settlement-period"

export const EnterpriseListOrders = z.object({
  limit: z.coerce.number().int().min(1, { error: "limit must be 1–100" }).max(100, { error: "limit must be 1–100" }).default(20),
  offset: z.coerce.number().int().min(0, { error: "offset must be 0 or more" }).default(0),
})
export type EnterpriseListOrdersType = z.infer<typeof EnterpriseListOrders>

const carrier = z.string().refine((code) => CARRIER_CODES.includes(code), {
  error: (issue) => `carrier "${String(issue.input)}" is not a carrier we know; use one of ${CARRIER_CODES.join(", ")}`,
})
// Only surrounding whitespace is trimmed; the carrier's form is checked on the whole body below.
const trackingNumber = z.string().trim()

/**
 * Refuses a waybill number that is not one of its carrier's with the coded 400 the portal
 * translates (code tracking_number_format, params.carrier). Thrown rather than reported as a zod
 * issue, because Medusa answers zod issues as one uncoded message.
 */
function checkTrackingNumber(body: { carrier: string; tracking_number?: string | undefined }): void {
  if (body.tracking_number === undefined) return
  const problem = trackingNumberProblem(body.carrier, body.tracking_number)
  if (problem) throw codedError({ ...problem, message: trackingNumberProblemMessage(problem, body.tracking_number) })
}

/**
 * Pack (no carrier, no tracking_number), or pack and ship at once (both). The items are the
 * caller's own unfulfilled ones, or all of them when left out.
 */
export const EnterpriseFulfilOrderPart = z
  .object({
    items: z
      .array(
        z.object({
          id: z.string().min(1, { error: "items: each item needs its id" }),
          quantity: z.number().int({ error: "items: quantity must be a whole number" }).positive({ error: "items: quantity must be at least 1" }),
        })
      )
      .min(1, { error: "items: name at least one item, or leave items out to fulfil all your unfulfilled items" })
      .optional(),
    carrier: carrier.optional(),
    tracking_number: trackingNumber.optional(),
  })
  .superRefine((body, ctx) => {
    if ((body.carrier === undefined) !== (body.tracking_number === undefined)) {
      ctx.addIssue({ code: "custom", message: "carrier and tracking_number go together: give both to ship now, or neither to pack only" })
      return
    }
    if (body.carrier !== undefined) checkTrackingNumber({ carrier: body.carrier, tracking_number: body.tracking_number })
  })
export type EnterpriseFulfilOrderPartType = z.infer<typeof EnterpriseFulfilOrderPart>

/** A waybill: to ship a packed fulfilment, or to correct a shipped one's. */
export const EnterpriseWaybill = z.object({ carrier, tracking_number: trackingNumber }).superRefine(checkTrackingNumber)
export type EnterpriseWaybillType = z.infer<typeof EnterpriseWaybill>

export const EnterpriseCancelFulfilment = z.object({})

/** The export's filters: the days orders were placed on (China time) and, optionally, the part's status. */
export const EnterpriseOrderExport = z
  .object({
    ...periodFields,
    status: z.enum(ORDER_PART_STATUSES, { error: `status must be one of ${ORDER_PART_STATUSES.join(", ")}` }).optional(),
  })
  .superRefine(checkPeriod)
export type EnterpriseOrderExportType = z.infer<typeof EnterpriseOrderExport>

/**
 * Packing slips of several parts: `ids` (order ids, comma-separated or repeated). None or too many
 * are coded refusals (packing_slip_none_selected, packing_slip_too_many) the portal words, thrown
 * from the route because Medusa answers zod issues as one uncoded message.
 */
export const EnterprisePackingSlips = z.object({
  ids: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => [...new Set((Array.isArray(v) ? v : v ? [v] : []).flatMap((s) => s.split(",")).map((s) => s.trim()).filter(Boolean))]),
})
export type EnterprisePackingSlipsType = z.infer<typeof EnterprisePackingSlips>
