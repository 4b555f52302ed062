import { z } from "@medusajs/framework/zod"
import { MONITORING_MAX_DAYS, REGIONS } from "@seleno/domain"
import { chinaDayStart } from "../../../lib/settlement-period"
import { monitoringRange, rangeDays } from "./range"

const day = (field: "from" | "to") =>
  z
    .string({ error: `${field} must be a date as YYYY-MM-DD` })
    .refine((d) => chinaDayStart(d) !== null, { error: (issue) => `${field} "${String(issue.input)}" is not a date; use YYYY-MM-DD` })
    .optional()

const REGION_CODES = REGIONS.map((r) => r.code)

/** ?from=&to=&region= (China days; defaults: the last 30 days ending today, every region). */
export const AdminMonitoringQuery = z
  .object({
    from: day("from"),
    to: day("to"),
    region: z
      .string({ error: "region must be a region code" })
      .refine((r) => REGION_CODES.includes(r), { error: (issue) => `region "${String(issue.input)}" is not one of ${REGION_CODES.join(", ")}` })
      .optional(),
  })
  .superRefine((value, ctx) => {
    if ((value.from && !chinaDayStart(value.from)) || (value.to && !chinaDayStart(value.to))) return
    // Checked with the defaults filled in, so a lone `from` after today is refused by name too.
    const range = monitoringRange(value)
    if (range.start >= range.end) {
      ctx.addIssue({ code: "custom", path: [value.from ? "from" : "to"], message: `from ${range.from} is after to ${range.to}` })
    } else if (rangeDays(range) > MONITORING_MAX_DAYS) {
      ctx.addIssue({ code: "custom", path: ["to"], message: `to ${range.to} is more than ${MONITORING_MAX_DAYS} days after from ${range.from}; choose a shorter range` })
    }
  })
export type AdminMonitoringQueryType = z.infer<typeof AdminMonitoringQuery>
