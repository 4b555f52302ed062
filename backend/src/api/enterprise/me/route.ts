import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { roleMayUse } from "@seleno/domain"
import { updateEnterpriseWorkflow } from "../../../workflows/enterprise/update-enterprise"
import { ENTERPRISE_MODULE } from "../../../modules/enterprise"
import type EnterpriseModuleService from "../../../modules/enterprise/service"
import { assertOwnUpload } from "../../../workflows/enterprise-certificates/ownership"
import { enterpriseOf } from "../context"
import { roleProblemError } from "../roles"
import type { EnterpriseUpdateMeType } from "./validators"

/** GET /enterprise/me — the signed-in account and its enterprise, with where its application stands. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { enterpriseId, accountId } = enterpriseOf(req)
  const service = req.scope.resolve<EnterpriseModuleService>(ENTERPRISE_MODULE)
  const account = await service.retrieveEnterpriseAccount(accountId)
  const enterprise = await service.retrieveEnterprise(enterpriseId)
  res.json({ account, enterprise })
}

/**
 * POST /enterprise/me — renames the signed-in account; the owner also edits the enterprise's contact
 * and attaches its business licence (also while the application waits for review).
 */
export const POST = async (req: AuthenticatedMedusaRequest<EnterpriseUpdateMeType>, res: MedusaResponse) => {
  const { enterpriseId, accountId, role } = enterpriseOf(req)
  const { name, ...enterpriseChanges } = req.validatedBody
  if (Object.keys(enterpriseChanges).length && !roleMayUse(role, "profile")) throw roleProblemError(role, "profile")
  const service = req.scope.resolve<EnterpriseModuleService>(ENTERPRISE_MODULE)
  if (enterpriseChanges.licence_file_url) await assertOwnUpload(req.scope, enterpriseId, enterpriseChanges.licence_file_url, "licence_file_url")
  if (name !== undefined) await service.updateEnterpriseAccounts({ id: accountId, name })
  if (Object.keys(enterpriseChanges).length) await updateEnterpriseWorkflow(req.scope).run({ input: { id: enterpriseId, ...enterpriseChanges } })
  res.json({ account: await service.retrieveEnterpriseAccount(accountId), enterprise: await service.retrieveEnterprise(enterpriseId) })
}
