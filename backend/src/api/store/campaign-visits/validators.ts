import { z } from "@medusajs/framework/zod"
import { VISITOR_ID } from "../../../lib/marketing/attribution"

// UTM values come from links anyone can write: kept as text, trimmed and cut at 200 characters
// (in the workflow) rather than refused, so a long tag never loses the visit.
const utm = z.string({ error: "utm_source, utm_medium, utm_content and landing_path must be text" }).nullish()

export const StoreRecordCampaignVisit = z.object({
  visitor_id: z
    .string({ error: "visitor_id is required: the seleno_visitor cookie's value" })
    .refine((v) => VISITOR_ID.test(v), "visitor_id must be 16 to 64 letters, digits, '-' or '_'"),
  utm_campaign: z
    .string({ error: "utm_campaign is required: the campaign's handle" })
    .trim()
    .refine((v) => v.length > 0 && v.length <= 200, "utm_campaign must be the campaign's handle"),
  utm_source: utm,
  utm_medium: utm,
  utm_content: utm,
  landing_path: utm,
})
export type StoreRecordCampaignVisitType = z.infer<typeof StoreRecordCampaignVisit>
