import { z } from "@medusajs/framework/zod"
import { CERTIFICATE_CATEGORIES, CERTIFICATE_REVIEW_STATUSES, CERTIFICATE_SUBJECTS } from "@seleno/domain"

export const AdminCreateCertificate = z.object({
  number: z.string().trim().min(1).max(64),
  /** An issuer from the register (GET /admin/issuers). */
  issuer_id: z.string().trim().min(1, "issuer_id: choose the issuer from the register of accredited issuers"),
  subject: z.enum(CERTIFICATE_SUBJECTS),
  standard_code: z.string().trim().min(1),
  category: z.enum(CERTIFICATE_CATEGORIES),
  /** The test report's measured selenium; checked against the standard's range for the category. */
  measured_mg_per_kg: z.number().nonnegative().max(1000),
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
  review_status: z.enum(CERTIFICATE_REVIEW_STATUSES).optional(),
})
export type AdminListCertificatesType = z.infer<typeof AdminListCertificates>
