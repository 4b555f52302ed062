import { z } from "@medusajs/framework/zod"
import { ENTERPRISE_ROLES } from "@seleno/domain"

export const EnterpriseAcceptInvite = z
  .object({
    token: z.string().trim().min(16, "token is the code from the invitation link").max(200),
    name: z.string().trim().min(1).max(50).optional(),
  })
  .strict()
export type EnterpriseAcceptInviteType = z.infer<typeof EnterpriseAcceptInvite>

// Medusa words an enum refusal itself: "Expected: 'owner, operator, …' for field 'role'".
const role = z.enum(ENTERPRISE_ROLES)

export const EnterpriseInviteStaff = z
  .object({ email: z.string().trim().email("email must be an e-mail address").max(200), role: role.default("operator") })
  .strict()
export type EnterpriseInviteStaffType = z.infer<typeof EnterpriseInviteStaff>

export const EnterpriseUpdateMember = z.object({ role }).strict()
export type EnterpriseUpdateMemberType = z.infer<typeof EnterpriseUpdateMember>
