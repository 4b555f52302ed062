import { z } from "@medusajs/framework/zod"
import { countyCode, regionCode } from "../validation/geography"
import { storedImageUrl } from "../../validation/stored-image-url"

const handle = z.string().trim().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "handle may only use lowercase letters, digits and single hyphens").max(80)
const markType = z.enum(["gi_certification_mark", "collective_mark", "trademark", "gi_filed"])

export const AdminCreateBrand = z.object({
  handle,
  name: z.string().trim().min(1).max(100),
  story: z.string().max(4000).nullish(),
  level: z.enum(["regional", "county", "enterprise"]),
  mark_type: markType,
  region: regionCode,
  counties: z.array(countyCode).max(50).optional(),
  logo_url: storedImageUrl("logo_url"),
  parent_id: z.string().min(1).nullish(),
})
export type AdminCreateBrandType = z.infer<typeof AdminCreateBrand>

export const AdminUpdateBrand = AdminCreateBrand.pick({ name: true, story: true, mark_type: true, region: true, counties: true, logo_url: true })
  .partial()
  .strict()
export type AdminUpdateBrandType = z.infer<typeof AdminUpdateBrand>
