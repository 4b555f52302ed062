import { z } from "@medusajs/framework/zod"

/** What a portal user may change about themselves and, as the owner, their enterprise's contact. */
export const EnterpriseUpdateMe = z
  .object({
    name: z.string().trim().min(1).max(50).optional(),
    contact_name: z.string().trim().min(1).max(50).optional(),
    contact_phone: z.string().trim().regex(/^[0-9+\- ]{7,20}$/, "contact_phone must be a phone number (digits, +, -)").optional(),
    description: z.string().max(4000).optional(),
    /** The business licence, one of this enterprise's uploads (POST /enterprise/uploads). */
    licence_file_url: z.string().trim().min(1, "licence_file_url must be the url POST /enterprise/uploads answered").max(500).optional(),
  })
  .strict()
export type EnterpriseUpdateMeType = z.infer<typeof EnterpriseUpdateMe>
