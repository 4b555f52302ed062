import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ENTERPRISE_MODULE } from "../../../modules/enterprise"
import type EnterpriseModuleService from "../../../modules/enterprise/service"

/** GET /store/enterprises — the enterprises in good standing, for directories and the sitemap. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const enterprises = await req.scope
    .resolve<EnterpriseModuleService>(ENTERPRISE_MODULE)
    .listEnterprises({ status: "active" }, { select: ["id", "handle", "name", "kind", "county", "updated_at"], order: { handle: "ASC" } })
  res.json({ enterprises, count: enterprises.length })
}
