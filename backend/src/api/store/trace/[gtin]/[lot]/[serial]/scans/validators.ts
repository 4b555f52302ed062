import { z } from "@medusajs/framework/zod"

/** The storefront server forwards who opened the trace page, since the backend only sees the storefront. */
export const StoreRecordScan = z.object({
  ip: z.string().min(2).max(64),
  user_agent: z.string().max(512).default(""),
})
export type StoreRecordScanType = z.infer<typeof StoreRecordScan>
