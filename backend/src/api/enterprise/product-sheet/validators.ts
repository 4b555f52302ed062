import { z } from "@medusajs/framework/zod"

export const ProductSheetQuery = z.object({ format: z.enum(["csv", "xlsx"]).default("csv") }).strict()
export type ProductSheetQueryType = z.infer<typeof ProductSheetQuery>
