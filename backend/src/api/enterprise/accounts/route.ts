import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ENTERPRISE_MODULE } from "../../../modules/enterprise"
import type EnterpriseModuleService from "../../../modules/enterprise/service"
import { enterpriseOf } from "../context"

/** GET /enterprise/accounts — the enterprise's accounts and its open invitations. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { enterpriseId } = enterpriseOf(req)
  const service = req.scope.resolve<EnterpriseModuleService>(ENTERPRISE_MODULE)
  const accounts = await service.listEnterpriseAccounts({ enterprise_id: enterpriseId }, { select: ["id", "email", "name", "role", "created_at"], order: { created_at: "ASC" } })
  const invites = await service.listEnterpriseInvites(
    { enterprise_id: enterpriseId, accepted_at: null, expires_at: { $gt: new Date() } },
    { select: ["id", "email", "role", "expires_at", "created_at"], order: { created_at: "ASC" } }
  )
  res.json({ accounts, invites })
}
