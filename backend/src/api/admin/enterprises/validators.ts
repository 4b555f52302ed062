import { z } from "@medusajs/framework/zod"
import { countyCode } from "../validation/geography"

const handle = z.string().trim().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "handle may only use lowercase letters, digits and single hyphens").max(80)
const status = z.enum(["pending", "active", "suspended"])

export const AdminCreateEnterpriseBase = z.object({
  name: z.string().trim().min(1).max(100),
  county: countyCode,
  location: z.string().max(200).nullish(),
  area_mu: z.number().int("area_mu is a whole number of mu").positive().max(10_000_000).nullish(),
})
export type AdminCreateEnterpriseBaseType = z.infer<typeof AdminCreateEnterpriseBase>

export const AdminCreateEnterprise = z.object({
  handle,
  name: z.string().trim().min(1).max(100),
  description: z.string().max(4000).nullish(),
  // The check character is verified by the enterprise module, which says what is wrong.
  credit_code: z.string().trim().toUpperCase(),
  kind: z.enum(["company", "cooperative", "family_farm"]),
  county: countyCode,
  contact_name: z.string().max(50).nullish(),
  contact_phone: z.string().max(30).nullish(),
  status: status.optional(),
  bases: z.array(AdminCreateEnterpriseBase).max(50).optional(),
})
export type AdminCreateEnterpriseType = z.infer<typeof AdminCreateEnterprise>

export const AdminUpdateEnterprise = AdminCreateEnterprise.pick({ name: true, description: true, contact_name: true, contact_phone: true, status: true })
  .partial()
  .strict()
export type AdminUpdateEnterpriseType = z.infer<typeof AdminUpdateEnterprise>

export const AdminGrantBrandAuthorization = z.object({
  brand_id: z.string().min(1),
  category_handles: z.array(z.string().trim().min(1)).min(1, "name at least one product category the authorization covers").max(50),
  valid_from: z.coerce.date(),
  valid_until: z.coerce.date(),
})
export type AdminGrantBrandAuthorizationType = z.infer<typeof AdminGrantBrandAuthorization>
