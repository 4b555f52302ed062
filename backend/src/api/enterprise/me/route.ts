import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ENTERPRISE_MODULE } from "../../../modules/enterprise"
import type EnterpriseModuleService from "../../../modules/enterprise/service"
import { enterpriseOf } from "../context"

/** GET /enterprise/me — the signed-in account and its enterprise, with where its application stands. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { enterpriseId, accountId } = enterpriseOf(req)
  const service = req.scope.resolve<EnterpriseModuleService>(ENTERPRISE_MODULE)
  const account = await service.retrieveEnterpriseAccount(accountId)
  const enterprise = await service.retrieveEnterprise(enterpriseId)
  res.json({ account, enterprise })
}
