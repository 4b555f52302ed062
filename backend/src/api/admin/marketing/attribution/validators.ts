import { z } from "@medusajs/framework/zod"
import { MAX_REPORT_DAYS } from "../../../../lib/marketing/attribution-report"
import { chinaDayStart } from "../../../../lib/settlement-period"

const DAY_MS = 24 * 60 * 60 * 1000

const day = (field: "from" | "to") =>
  z
    .string({ error: `${field} must be a date as YYYY-MM-DD` })
    .refine((d) => chinaDayStart(d) !== null, { error: (issue) => `${field} "${String(issue.input)}" is not a date; use YYYY-MM-DD` })
    .optional()

/**
 * ?campaign_id=&from=&to= (days in Asia/Shanghai; defaults: every campaign, the last 30 days);
 * the CSV export also takes by=day (default) or by=source.
 */
export const AdminAttributionQuery = z
  .object({
    by: z.enum(["day", "source"]).optional(),
    campaign_id: z.string({ error: "campaign_id must be a campaign id" }).trim().min(1).optional(),
    from: day("from"),
    to: day("to"),
  })
  .superRefine((value, ctx) => {
    if (!value.from || !value.to) return
    const start = chinaDayStart(value.from)
    const last = chinaDayStart(value.to)
    if (!start || !last) return
    if (start > last) ctx.addIssue({ code: "custom", path: ["from"], message: `from ${value.from} is after to ${value.to}` })
    else if ((last.getTime() - start.getTime()) / DAY_MS + 1 > MAX_REPORT_DAYS) {
      ctx.addIssue({ code: "custom", path: ["to"], message: `to ${value.to} is more than ${MAX_REPORT_DAYS} days after from ${value.from}; choose a shorter range` })
    }
  })
export type AdminAttributionQueryType = z.infer<typeof AdminAttributionQuery>
