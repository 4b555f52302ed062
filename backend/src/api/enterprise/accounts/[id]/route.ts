import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removeEnterpriseMemberWorkflow, setEnterpriseMemberRoleWorkflow } from "../../../../workflows/enterprise-portal/change-team"
import type { EnterpriseUpdateMemberType } from "../../../enterprise-invites/validators"
import { enterpriseOf } from "../../context"

function teamChange(req: AuthenticatedMedusaRequest) {
  const { enterpriseId, accountId, role } = enterpriseOf(req)
  return { enterprise_id: enterpriseId, actor: { id: accountId, role }, member_id: req.params.id! }
}

/** POST /enterprise/accounts/:id {role} — the owner gives a colleague another role. */
export const POST = async (req: AuthenticatedMedusaRequest<EnterpriseUpdateMemberType>, res: MedusaResponse) => {
  const { result } = await setEnterpriseMemberRoleWorkflow(req.scope).run({ input: { ...teamChange(req), change: req.validatedBody.role } })
  res.json({ account: result })
}

/** DELETE /enterprise/accounts/:id — the owner removes a colleague; their login stops working at once. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await removeEnterpriseMemberWorkflow(req.scope).run({ input: { ...teamChange(req), change: "remove" } })
  res.json({ id: req.params.id, object: "enterprise_account", deleted: true })
}
