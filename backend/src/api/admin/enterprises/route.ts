import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ENTERPRISE_MODULE } from "../../../modules/enterprise"
import type EnterpriseModuleService from "../../../modules/enterprise/service"
import { registerEnterpriseWorkflow } from "../../../workflows/enterprise/create-enterprises"
import type { AdminCreateEnterpriseType, AdminListEnterprisesType } from "./validators"

/** GET /admin/enterprises[?status=pending] — every enterprise (or those in one standing: the review queue), by name. */
export const GET = async (req: MedusaRequest<unknown, AdminListEnterprisesType>, res: MedusaResponse) => {
  const filters = req.validatedQuery.status ? { status: req.validatedQuery.status } : {}
  const enterprises = await req.scope.resolve<EnterpriseModuleService>(ENTERPRISE_MODULE).listEnterprises(filters, { order: { name: "ASC" } })
  res.json({ enterprises, count: enterprises.length })
}

/**
 * POST /admin/enterprises — registers an enterprise (credit code checked) with its bases; with
 * `owner_email`, also invites its owner and answers the join path once (only its hash is kept).
 */
export const POST = async (req: MedusaRequest<AdminCreateEnterpriseType>, res: MedusaResponse) => {
  const { owner_email, ...enterprise } = req.validatedBody
  const { result } = await registerEnterpriseWorkflow(req.scope).run({ input: { enterprise, ...(owner_email ? { owner_email } : {}) } })
  const invite = result.invite
  res.status(201).json({
    enterprise: result.enterprise,
    ...(invite ? { owner_invite: { id: invite.id, email: invite.email, role: invite.role, expires_at: invite.expires_at }, join_path: `/portal/join?token=${encodeURIComponent(invite.token)}` } : {}),
  })
}
