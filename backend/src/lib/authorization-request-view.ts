import type { MedusaContainer } from "@medusajs/framework/types"
import type { AuthorizationRequestStatus, AuthorizationRequestView } from "@seleno/domain"
import { BRAND_MODULE } from "../modules/brand"
import type BrandModuleService from "../modules/brand/service"
import { ENTERPRISE_MODULE } from "../modules/enterprise"
import type EnterpriseModuleService from "../modules/enterprise/service"

type Filters = Parameters<EnterpriseModuleService["listBrandAuthorizationRequests"]>[0]

/** Brand authorization requests as the portal and admin show them, newest first, with their brand. */
export async function authorizationRequestViews(container: MedusaContainer, filters: Filters): Promise<AuthorizationRequestView[]> {
  const requests = await container.resolve<EnterpriseModuleService>(ENTERPRISE_MODULE).listBrandAuthorizationRequests(filters, { order: { created_at: "DESC" }, take: 200 })
  const brandIds = [...new Set(requests.map((r) => r.brand_id))]
  const brands = brandIds.length ? await container.resolve<BrandModuleService>(BRAND_MODULE).listBrands({ id: brandIds }, { select: ["id", "handle", "name"] }) : []
  const byId = new Map(brands.map((b) => [b.id, { id: b.id, handle: b.handle, name: b.name }]))
  return requests.map((r) => ({
    id: r.id,
    enterprise_id: r.enterprise_id as string,
    brand: byId.get(r.brand_id) ?? { id: r.brand_id, handle: "", name: "" },
    category_handles: r.category_handles as string[],
    note: r.note,
    status: r.status as AuthorizationRequestStatus,
    decision_note: r.decision_note,
    decided_at: r.decided_at ? new Date(r.decided_at).toISOString() : null,
    brand_authorization_id: r.brand_authorization_id,
    created_at: new Date(r.created_at).toISOString(),
  }))
}
