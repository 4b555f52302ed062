import { z } from "@medusajs/framework/zod"
import { requiredText } from "../validation/required"
import { countyCode } from "../admin/validation/geography"

/** What an enterprise sends to apply: the fields of its business licence and a contact. */
export const EnterpriseApply = z
  .object({
    applicant_name: z.string().trim().min(1).max(50).optional(),
    name: requiredText("name is the enterprise's registered name", 100),
    // The check character is verified by the enterprise module, which says what is wrong.
    credit_code: z.string().trim().toUpperCase(),
    kind: z.enum(["company", "cooperative", "family_farm"]),
    county: countyCode,
    contact_name: requiredText("contact_name is who the platform calls about the application", 50),
    contact_phone: z.string().trim().regex(/^[0-9+\- ]{7,20}$/, "contact_phone must be a phone number (digits, +, -)"),
    description: z.string().max(4000).optional(),
    // No upload can be the applicant's before its enterprise exists: the licence is uploaded and
    // attached after applying, where it is checked to be the enterprise's own private upload.
    licence_file_url: z
      .unknown()
      .refine((value) => value === undefined, "licence_file_url: apply first, then upload the licence with POST /enterprise/uploads and attach it with POST /enterprise/me"),
  })
  .strict()
export type EnterpriseApplyType = z.infer<typeof EnterpriseApply>
