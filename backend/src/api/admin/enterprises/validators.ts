import { z } from "@medusajs/framework/zod"
import { atLeastOne, requiredText } from "../../validation/required"
import { countyCode } from "../validation/geography"

const handle = z.string().trim().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "handle may only use lowercase letters, digits and single hyphens").max(80)
const status = z.enum(["pending", "active", "suspended"])

export const AdminListEnterprises = z.object({ status: z.enum(["pending", "active", "rejected", "suspended"]).optional() }).strict()
export type AdminListEnterprisesType = z.infer<typeof AdminListEnterprises>

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
  /** The owner's e-mail: an invitation to the portal is made with the enterprise. */
  owner_email: z.string().trim().email("owner_email must be an e-mail address").max(200).optional(),
})
export type AdminCreateEnterpriseType = z.infer<typeof AdminCreateEnterprise>

export const AdminUpdateEnterprise = AdminCreateEnterprise.pick({ name: true, description: true, contact_name: true, contact_phone: true, status: true })
  .extend({
    commission_bps: z
      .number()
      .int("commission_bps is a whole number of basis points (500 = 5 %)")
      .min(0, "commission_bps cannot be negative")
      .max(10_000, "commission_bps cannot exceed 10000 (100 %)"),
  })
  .partial()
  .strict()

/** Platform staff decide on an enterprise's application; a rejection says why. */
export const AdminReviewEnterprise = z.discriminatedUnion("decision", [
  z.object({ decision: z.literal("approve"), note: z.string().trim().max(1000).optional() }).strict(),
  z.object({ decision: z.literal("reject"), note: requiredText("note must say why the application is rejected", 1000) }).strict(),
])
export type AdminReviewEnterpriseType = z.infer<typeof AdminReviewEnterprise>
export type AdminUpdateEnterpriseType = z.infer<typeof AdminUpdateEnterprise>

export const AdminGrantBrandAuthorization = z.object({
  brand_id: z.string().min(1),
  category_handles: atLeastOne(z.string().trim().min(1), "name at least one product category the authorization covers", 50),
  valid_from: z.coerce.date(),
  valid_until: z.coerce.date(),
})
export type AdminGrantBrandAuthorizationType = z.infer<typeof AdminGrantBrandAuthorization>
