import { z } from "@medusajs/framework/zod"

export const StoreListTraceBatches = z.object({ product_id: z.string().min(1) })
export type StoreListTraceBatchesType = z.infer<typeof StoreListTraceBatches>
