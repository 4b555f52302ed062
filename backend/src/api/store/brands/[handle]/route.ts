import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { isAuthorizationInForce } from "../../../../modules/enterprise/authorization"
import { BRAND_FIELDS, publishedProductCount, type BrandRecord } from "../helpers"

type AuthorizationRecord = {
  category_handles: string[]
  valid_from: Date | string
  valid_until: Date | string
  revoked_at: Date | string | null
  enterprise: { handle: string; name: string; county: string; status: string } | null
}

type BrandDetail = Omit<BrandRecord, "products" | "parent"> & {
  story: string | null
  parent: { id: string; handle: string; name: string } | null
  children: { handle: string; name: string; level: string }[] | null
  products: ({ id: string; handle: string; title: string; thumbnail: string | null; status: string } | null)[] | null
  brand_authorizations: (AuthorizationRecord | null)[] | null
}

/** Enterprises in good standing that may use the brand right now, with the categories they may use it for. */
function authorizedEnterprises(authorizations: (AuthorizationRecord | null)[]) {
  const byHandle = new Map<string, { handle: string; name: string; county: string; category_handles: string[]; valid_until: Date }>()
  for (const a of authorizations) {
    if (!a?.enterprise || a.enterprise.status !== "active" || !isAuthorizationInForce(a)) continue
    const { handle, name, county } = a.enterprise
    const known = byHandle.get(handle)
    const categories = [...new Set([...(known?.category_handles ?? []), ...a.category_handles])]
    const until = new Date(Math.max(known?.valid_until.getTime() ?? 0, new Date(a.valid_until).getTime()))
    byHandle.set(handle, { handle, name, county, category_handles: categories, valid_until: until })
  }
  return [...byHandle.values()].sort((x, y) => x.handle.localeCompare(y.handle))
}

/** GET /store/brands/:handle — one brand with its story, parent, children, authorized enterprises and published products. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph(
    {
      entity: "brand",
      fields: [
        ...BRAND_FIELDS, "story", "parent.handle", "parent.name", "children.handle", "children.name", "children.level",
        "products.handle", "products.title", "products.thumbnail",
        "brand_authorizations.category_handles", "brand_authorizations.valid_from", "brand_authorizations.valid_until",
        "brand_authorizations.revoked_at", "brand_authorizations.enterprise.handle", "brand_authorizations.enterprise.name",
        "brand_authorizations.enterprise.county", "brand_authorizations.enterprise.status",
      ],
      filters: { handle: req.params.handle },
    },
    { locale: req.locale }
  )
  const brand = data[0] as BrandDetail | undefined
  if (!brand) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Brand "${req.params.handle}" was not found`)
  const { products, parent, children, brand_authorizations, ...rest } = brand
  res.json({
    brand: {
      ...rest,
      product_count: publishedProductCount(brand),
      parent: parent ? { handle: parent.handle, name: parent.name } : null,
      children: (children ?? []).map((c) => ({ handle: c.handle, name: c.name, level: c.level })),
      authorized_enterprises: authorizedEnterprises(brand_authorizations ?? []),
      products: (products ?? [])
        .filter((p): p is NonNullable<typeof p> => p?.status === "published")
        .map((p) => ({ id: p.id, handle: p.handle, title: p.title, thumbnail: p.thumbnail })),
    },
  })
}
