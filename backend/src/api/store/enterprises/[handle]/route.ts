import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { isAuthorizationInForce } from "../../../../modules/enterprise/authorization"

type Authorization = {
  id: string
  category_handles: string[]
  valid_from: string
  valid_until: string
  revoked_at: string | null
  brand: { handle: string; name: string } | null
}

type EnterpriseRecord = {
  id: string
  handle: string
  name: string
  description: string | null
  kind: string
  county: string
  status: string
  bases: ({ id: string; name: string; county: string; location: string | null; area_mu: number | null } | null)[]
  brand_authorizations: (Authorization | null)[]
  products: ({ id: string; handle: string; title: string; thumbnail: string | null; status: string } | null)[] | null
}

/**
 * GET /store/enterprises/:handle — an enterprise's public page: bases, the brand authorizations in
 * force and its published products. Pending and suspended enterprises are not public.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph(
    {
      entity: "enterprise",
      fields: [
        "id", "handle", "name", "description", "kind", "county", "status",
        "bases.id", "bases.name", "bases.county", "bases.location", "bases.area_mu",
        "brand_authorizations.id", "brand_authorizations.category_handles", "brand_authorizations.valid_from",
        "brand_authorizations.valid_until", "brand_authorizations.revoked_at",
        "brand_authorizations.brand.handle", "brand_authorizations.brand.name",
        "products.id", "products.handle", "products.title", "products.thumbnail", "products.status",
      ],
      filters: { handle: req.params.handle, status: "active" },
    },
    { locale: req.locale }
  )
  const enterprise = data[0] as EnterpriseRecord | undefined
  if (!enterprise) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Enterprise "${req.params.handle}" was not found`)
  const { bases, brand_authorizations, products, status: _status, ...rest } = enterprise
  res.json({
    enterprise: {
      ...rest,
      bases: bases.filter((b) => b !== null),
      brand_authorizations: brand_authorizations
        .filter((a): a is Authorization => a !== null && isAuthorizationInForce(a))
        .map((a) => ({ brand: a.brand, category_handles: a.category_handles, valid_until: a.valid_until })),
      products: (products ?? [])
        .filter((p): p is NonNullable<typeof p> => p?.status === "published")
        .map(({ status: _s, ...p }) => p),
    },
  })
}
