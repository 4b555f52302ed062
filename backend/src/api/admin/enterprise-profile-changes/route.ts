import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminProfileChangeView } from "@seleno/domain"
import { profileChangeViews } from "../../../lib/profile-change-view"
import { ENTERPRISE_MODULE } from "../../../modules/enterprise"
import type EnterpriseModuleService from "../../../modules/enterprise/service"
import type { AdminListProfileChangesType } from "./validators"

/** GET /admin/enterprise-profile-changes?status=pending&enterprise_id= — changes of legal details to review. */
export const GET = async (req: MedusaRequest<unknown, AdminListProfileChangesType>, res: MedusaResponse) => {
  const { status, enterprise_id } = req.validatedQuery as AdminListProfileChangesType
  const changes = await profileChangeViews(req.scope, { ...(status ? { status } : {}), ...(enterprise_id ? { enterprise_id } : {}) }, 200)
  const ids = [...new Set(changes.map((c) => c.enterprise_id))]
  const enterprises = ids.length ? await req.scope.resolve<EnterpriseModuleService>(ENTERPRISE_MODULE).listEnterprises({ id: ids }, { select: ["id", "name"] }) : []
  const byId = new Map(enterprises.map((e) => [e.id, { id: e.id, name: e.name }]))
  const queue: AdminProfileChangeView[] = changes.map((c) => ({ ...c, enterprise: byId.get(c.enterprise_id) ?? null }))
  res.json({ profile_changes: queue, count: queue.length })
}
