import { z } from "@medusajs/framework/zod"

/**
 * Periods are calendar days in China Standard Time (UTC+8, no daylight saving), the days the
 * enterprises keep their books in: from 00:00 of `from` to the end of `to`, both included.
 */
export const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000
export const MAX_PERIOD_DAYS = 366

const DATE = /^\d{4}-\d{2}-\d{2}$/

/** The instant a China calendar day starts, or null for a malformed or impossible date. */
export function chinaDayStart(date: string): Date | null {
  if (!DATE.test(date)) return null
  const utcMidnight = Date.parse(`${date}T00:00:00Z`)
  if (Number.isNaN(utcMidnight) || new Date(utcMidnight).toISOString().slice(0, 10) !== date) return null
  return new Date(utcMidnight - CHINA_OFFSET_MS)
}

/** The China calendar day ("2026-11-29") an instant falls on. */
export function chinaDay(at: Date | string): string {
  return new Date(new Date(at).getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10)
}

/** "2026-12-07 09:30": an instant in China Standard Time, to the minute. */
export function chinaTime(at: Date | string): string {
  return new Date(new Date(at).getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 16).replace("T", " ")
}

export interface Period {
  from: string
  to: string
  /** [start, end) instants of the period. */
  start: Date
  end: Date
}

export const periodFields = {
  from: z.string({ error: "from is required, as YYYY-MM-DD" }).refine((d) => chinaDayStart(d) !== null, {
    error: (issue) => `from "${String(issue.input)}" is not a date; use YYYY-MM-DD`,
  }),
  to: z.string({ error: "to is required, as YYYY-MM-DD" }).refine((d) => chinaDayStart(d) !== null, {
    error: (issue) => `to "${String(issue.input)}" is not a date; use YYYY-MM-DD`,
  }),
}

/** from ≤ to, at most MAX_PERIOD_DAYS days; each refusal names its field. */
export function checkPeriod(value: { from: string; to: string }, ctx: z.RefinementCtx): void {
  const start = chinaDayStart(value.from)
  const last = chinaDayStart(value.to)
  if (!start || !last) return
  if (start > last) ctx.addIssue({ code: "custom", path: ["from"], message: `from ${value.from} is after to ${value.to}` })
  else if ((last.getTime() - start.getTime()) / DAY_MS + 1 > MAX_PERIOD_DAYS) {
    ctx.addIssue({ code: "custom", path: ["to"], message: `the period ${value.from} – ${value.to} is longer than ${MAX_PERIOD_DAYS} days` })
  }
}

/** `from`/`to` query parameters as a period; each bad input names its field and the reason. */
export const SettlementPeriodQuery = z
  .object({ ...periodFields, format: z.enum(["json", "csv"], { error: "format must be json or csv" }).default("json") })
  .superRefine(checkPeriod)

/** Closing a period: its days. */
export const SettlementCloseBody = z.object(periodFields).strict().superRefine(checkPeriod)
export type SettlementCloseBodyType = z.infer<typeof SettlementCloseBody>

/** Marking a closed period paid: its days and the payout's reference (bank transfer number …). */
export const SettlementPayBody = z
  .object({
    ...periodFields,
    payout_reference: z
      .string({ error: "payout_reference is required: the bank transfer's reference" })
      .trim()
      .min(1, { error: "payout_reference is required: the bank transfer's reference" })
      .max(200, { error: "payout_reference is at most 200 characters" }),
  })
  .strict()
  .superRefine(checkPeriod)
export type SettlementPayBodyType = z.infer<typeof SettlementPayBody>
export type SettlementPeriodQueryType = z.infer<typeof SettlementPeriodQuery>

export function toPeriod(query: { from: string; to: string }): Period {
  const start = chinaDayStart(query.from)!
  const end = new Date(chinaDayStart(query.to)!.getTime() + DAY_MS)
  return { from: query.from, to: query.to, start, end }
}
