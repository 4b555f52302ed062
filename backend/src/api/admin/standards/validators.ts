import { z } from "@medusajs/framework/zod"
import { CERTIFICATE_CATEGORIES } from "@seleno/domain"

const figure = z.number().nonnegative("figures are mg/kg and must be ≥ 0").max(1000)

/** One category's figures; the cross-field checks (max > min, 含硒 below 富硒) are the domain rule's, in the service. */
export const AdminSaveStandardRange = z.object({
  category: z.enum(CERTIFICATE_CATEGORIES),
  min_mg_per_kg: figure,
  max_mg_per_kg: figure.nullable().default(null),
  containing_min_mg_per_kg: figure.nullish(),
  containing_max_mg_per_kg: figure.nullish(),
})
export type AdminSaveStandardRangeType = z.infer<typeof AdminSaveStandardRange>

const text = (max: number) => z.string().trim().min(1).max(max)

export const AdminUpdateStandard = z.object({
  edition: text(20).optional(),
  name_zh: text(200).optional(),
  name_en: text(200).optional(),
  source: text(1000).optional(),
  note: z.string().trim().max(2000).nullish(),
})
export type AdminUpdateStandardType = z.infer<typeof AdminUpdateStandard>

export const AdminCreateStandard = z.object({
  /** As printed, edition included ("NY/T 600-2002"); certificates cite it by this code, so it cannot change later. */
  code: text(60),
  edition: text(20),
  name_zh: text(200),
  name_en: text(200),
  source: text(1000),
  note: z.string().trim().max(2000).nullish(),
  ranges: z.array(AdminSaveStandardRange).max(20).default([]),
})
export type AdminCreateStandardType = z.infer<typeof AdminCreateStandard>
