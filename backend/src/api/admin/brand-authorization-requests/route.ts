import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminAuthorizationRequestView } from "@seleno/domain"
import { authorizationRequestViews } from "../../../lib/authorization-request-view"
import { ENTERPRISE_MODULE } from "../../../modules/enterprise"
import type EnterpriseModuleService from "../../../modules/enterprise/service"
import type { AdminListAuthorizationRequestsType } from "./validators"

/** GET /admin/brand-authorization-requests?status=pending&enterprise_id= — the queue staff decide, with who asks. */
export const GET = async (req: MedusaRequest<unknown, AdminListAuthorizationRequestsType>, res: MedusaResponse) => {
  const { status, enterprise_id } = req.validatedQuery as AdminListAuthorizationRequestsType
  const requests = await authorizationRequestViews(req.scope, { ...(status ? { status } : {}), ...(enterprise_id ? { enterprise_id } : {}) })
  const ids = [...new Set(requests.map((r) => r.enterprise_id))]
  const enterprises = ids.length ? await req.scope.resolve<EnterpriseModuleService>(ENTERPRISE_MODULE).listEnterprises({ id: ids }, { select: ["id", "name", "county"] }) : []
  const byId = new Map(enterprises.map((e) => [e.id, { id: e.id, name: e.name, county: e.county }]))
  const queue: AdminAuthorizationRequestView[] = requests.map((r) => ({ ...r, enterprise: byId.get(r.enterprise_id) ?? null }))
  res.json({ brand_authorization_requests: queue, count: queue.length })
}
