import { z } from "@medusajs/framework/zod"

// Who scanned is read from the request itself (its address through clientAddress, its User-Agent
// header), never from a body a client writes: unknown keys such as ip or user_agent are refused.

/** POST …/scans takes no body (an empty object at most). */
export const StoreRecordScan = z.object({}).strict().optional()
export type StoreRecordScanType = z.infer<typeof StoreRecordScan>

/** The location a visitor chose to share (coarsened again on arrival). */
export const StoreShareScanLocation = z
  .object({
    latitude: z.number().min(-90).max(90),
    longitude: z.number().min(-180).max(180),
  })
  .strict()
export type StoreShareScanLocationType = z.infer<typeof StoreShareScanLocation>
