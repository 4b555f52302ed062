import { z } from "@medusajs/framework/zod"

export const EnterpriseSetDiscountConsent = z.object({ accepts_enterprise_funded: z.boolean({ error: "accepts_enterprise_funded: answer true or false" }) }).strict()
export type EnterpriseSetDiscountConsentType = z.infer<typeof EnterpriseSetDiscountConsent>
