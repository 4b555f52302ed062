import { z } from "@medusajs/framework/zod"

/** The storefront server forwards who opened the trace page, since the backend only sees the storefront. */
export const StoreRecordScan = z.object({
  ip: z.string().min(2).max(64),
  user_agent: z.string().max(512).default(""),
})
export type StoreRecordScanType = z.infer<typeof StoreRecordScan>

/** The same visitor, plus the location they chose to share (coarsened again on arrival). */
export const StoreShareScanLocation = StoreRecordScan.extend({
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
}).strict()
export type StoreShareScanLocationType = z.infer<typeof StoreShareScanLocation>
