import { z } from "@medusajs/framework/zod"

export const AdminCreateCertificate = z.object({
  number: z.string().trim().min(1).max(64),
  issuer: z.string().trim().min(1).max(200),
  subject: z.enum(["product", "enterprise", "base"]),
  standard_code: z.string().trim().min(1),
  category: z.enum(["tea", "rice", "cereal", "farm_product", "food"]),
  measured_mg_per_kg: z.number().nonnegative().max(1000).nullish(),
  test_lab: z.string().max(200).nullish(),
  tested_on: z.coerce.date().nullish(),
  valid_from: z.coerce.date(),
  valid_until: z.coerce.date(),
  enterprise_id: z.string().min(1),
  product_id: z.string().min(1).nullish(),
})
export type AdminCreateCertificateType = z.infer<typeof AdminCreateCertificate>

export const AdminListCertificates = z.object({
  status: z.enum(["valid", "expiring", "expired", "revoked"]).optional(),
  /** "pending" lists what enterprises submitted and staff still have to review. */
  review_status: z.enum(["pending", "approved", "rejected"]).optional(),
})
export type AdminListCertificatesType = z.infer<typeof AdminListCertificates>
