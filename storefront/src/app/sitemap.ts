import { DEFAULT_LOCALE, STOREFRONT_LOCALES } from "@seleno/domain"
import type { MetadataRoute } from "next"
import { localePath } from "@/i18n/paths"
import { listBrandHandles } from "@/lib/data/brands"
import { listCampaignsQuietly } from "@/lib/data/campaigns"
import { listCategories } from "@/lib/data/categories"
import { listEnterpriseHandles } from "@/lib/data/enterprises"
import { listProductHandles } from "@/lib/data/products"
import { siteUrl } from "@/lib/site"

// Products, categories, brands, enterprises and campaigns come from the backend at request time (it is down during `next build`).
export const dynamic = "force-dynamic"

function entry(path: string, lastModified?: string, priority?: number): MetadataRoute.Sitemap {
  const base = siteUrl()
  const languages = Object.fromEntries([
    ...STOREFRONT_LOCALES.map((l) => [l, `${base}${localePath(l, path)}`]),
    ["x-default", `${base}${localePath(DEFAULT_LOCALE, path)}`],
  ])
  return STOREFRONT_LOCALES.map((locale) => ({
    url: `${base}${localePath(locale, path)}`,
    ...(lastModified ? { lastModified } : {}),
    ...(priority ? { priority } : {}),
    alternates: { languages },
  }))
}

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const staticPaths = ["/", "/store", "/brands", "/campaigns", "/privacy", "/terms", "/returns", "/contact"]
  const [products, categories, brands, enterprises, campaigns] = await Promise.all([
    listProductHandles().catch(() => []),
    listCategories(DEFAULT_LOCALE).catch(() => []),
    listBrandHandles().catch(() => []),
    listEnterpriseHandles().catch(() => []),
    listCampaignsQuietly(DEFAULT_LOCALE),
  ])
  return [
    ...staticPaths.flatMap((p) => entry(p, undefined, p === "/" ? 1 : 0.5)),
    ...categories.flatMap((c) => entry(`/categories/${c.handle}`, undefined, 0.7)),
    ...brands.flatMap((handle) => entry(`/brands/${handle}`, undefined, 0.6)),
    ...enterprises.flatMap((e) => entry(`/enterprises/${e.handle}`, e.updatedAt, 0.5)),
    ...products.flatMap((p) => entry(`/products/${p.handle}`, p.updatedAt, 0.8)),
    // Running and upcoming campaigns only: an ended landing page stays reachable but is not offered.
    ...campaigns.flatMap((c) => entry(`/campaigns/${c.handle}`, undefined, 0.7)),
  ]
}
