import { z } from "@medusajs/framework/zod"
import { EnterpriseApply } from "../../enterprise-applications/validators"
import { EnterpriseUpdateMe } from "../me/validators"

/**
 * The owner's edit of the enterprise's details: the fields and rules of the application, each
 * optional, and the business licence as one of the enterprise's uploads.
 */
export const EnterpriseEditProfile = EnterpriseApply.pick({ name: true, credit_code: true, kind: true, county: true, contact_name: true, contact_phone: true, description: true })
  .partial()
  .extend({ licence_file_url: EnterpriseUpdateMe.shape.licence_file_url })
  .strict()
export type EnterpriseEditProfileType = z.infer<typeof EnterpriseEditProfile>
