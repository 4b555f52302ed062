import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminEnterpriseListingView, ListingStatus } from "@seleno/domain"
import ProductEnterpriseLink from "../../../links/product-enterprise"
import type { AdminListEnterpriseListingsType } from "./validators"

type Row = {
  product: { id: string; title: string; handle: string; status: ListingStatus; deleted_at?: string | null } | null
  enterprise: { id: string; name: string; county: string } | null
}

/**
 * GET /admin/enterprise-listings?enterprise_id=&county=&status= — enterprises' products with the
 * enterprise that sells them, read through the product–enterprise link (filtered by enterprise
 * there; by county and status on the rows, as the link holds neither).
 */
export const GET = async (req: MedusaRequest<unknown, AdminListEnterpriseListingsType>, res: MedusaResponse) => {
  const { enterprise_id, county, status } = req.validatedQuery as AdminListEnterpriseListingsType
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: ProductEnterpriseLink.entryPoint,
    fields: ["product.id", "product.title", "product.handle", "product.status", "enterprise.id", "enterprise.name", "enterprise.county"],
    filters: enterprise_id ? { enterprise_id } : {},
  })
  const listings: AdminEnterpriseListingView[] = (data as Row[])
    .filter((row): row is { product: NonNullable<Row["product"]>; enterprise: NonNullable<Row["enterprise"]> } => Boolean(row.product && row.enterprise))
    .filter((row) => (!county || row.enterprise.county === county) && (!status || row.product.status === status))
    .map(({ product, enterprise }) => ({
      product: { id: product.id, title: product.title, handle: product.handle, status: product.status },
      enterprise: { id: enterprise.id, name: enterprise.name, county: enterprise.county },
    }))
    .sort((a, b) => a.enterprise.name.localeCompare(b.enterprise.name, "zh-CN") || a.product.title.localeCompare(b.product.title, "zh-CN"))
  res.json({ listings, count: listings.length })
}
