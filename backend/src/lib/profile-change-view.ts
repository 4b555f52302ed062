import type { MedusaContainer } from "@medusajs/framework/types"
import type { LegalDetails, ProfileChangeStatus, ProfileChangeView } from "@seleno/domain"
import { ENTERPRISE_MODULE } from "../modules/enterprise"
import type EnterpriseModuleService from "../modules/enterprise/service"

type Filters = Parameters<EnterpriseModuleService["listEnterpriseProfileChanges"]>[0]

/** Changes of legal details as the portal and the admin show them, newest first. */
export async function profileChangeViews(container: MedusaContainer, filters: Filters, take = 50): Promise<ProfileChangeView[]> {
  const changes = await container.resolve<EnterpriseModuleService>(ENTERPRISE_MODULE).listEnterpriseProfileChanges(filters, { order: { created_at: "DESC" }, take })
  return changes.map((c) => ({
    id: c.id,
    enterprise_id: c.enterprise_id as string,
    changes: c.changes as Partial<LegalDetails>,
    previous: c.previous as Partial<LegalDetails>,
    status: c.status as ProfileChangeStatus,
    review_note: c.review_note,
    decided_at: c.decided_at ? new Date(c.decided_at).toISOString() : null,
    created_at: new Date(c.created_at).toISOString(),
  }))
}
