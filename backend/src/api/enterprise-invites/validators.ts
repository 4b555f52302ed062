import { z } from "@medusajs/framework/zod"

export const EnterpriseAcceptInvite = z
  .object({
    token: z.string().trim().min(16, "token is the code from the invitation link").max(200),
    name: z.string().trim().min(1).max(50).optional(),
  })
  .strict()
export type EnterpriseAcceptInviteType = z.infer<typeof EnterpriseAcceptInvite>

export const EnterpriseInviteStaff = z.object({ email: z.string().trim().email("email must be an e-mail address").max(200) }).strict()
export type EnterpriseInviteStaffType = z.infer<typeof EnterpriseInviteStaff>
