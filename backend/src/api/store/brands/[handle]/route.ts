import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { BRAND_FIELDS, publishedProductCount, type BrandRecord } from "../helpers"

type BrandDetail = Omit<BrandRecord, "products" | "parent"> & {
  story: string | null
  parent: { id: string; handle: string; name: string } | null
  children: { handle: string; name: string; level: string }[] | null
  products: ({ id: string; handle: string; title: string; thumbnail: string | null; status: string } | null)[] | null
}

/** GET /store/brands/:handle — one brand with its story, parent, children and published products. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph(
    {
      entity: "brand",
      fields: [...BRAND_FIELDS, "story", "parent.handle", "parent.name", "children.handle", "children.name", "children.level", "products.handle", "products.title", "products.thumbnail"],
      filters: { handle: req.params.handle },
    },
    { locale: req.locale }
  )
  const brand = data[0] as BrandDetail | undefined
  if (!brand) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Brand "${req.params.handle}" was not found`)
  const { products, parent, children, ...rest } = brand
  res.json({
    brand: {
      ...rest,
      product_count: publishedProductCount(brand),
      parent: parent ? { handle: parent.handle, name: parent.name } : null,
      children: (children ?? []).map((c) => ({ handle: c.handle, name: c.name, level: c.level })),
      products: (products ?? [])
        .filter((p): p is NonNullable<typeof p> => p?.status === "published")
        .map((p) => ({ id: p.id, handle: p.handle, title: p.title, thumbnail: p.thumbnail })),
    },
  })
}
