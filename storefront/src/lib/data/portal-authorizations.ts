import "server-only"
import type { AuthorizationRequestView, StorefrontLocale } from "@seleno/domain"
import { listBrands, type BrandNode } from "@/lib/data/brands"
import { portalGet } from "@/lib/data/portal"

export function listAuthorizationRequests() {
  return portalGet<{ brand_authorization_requests: AuthorizationRequestView[] }>("/enterprise/brand-authorization-requests")
}

/** The regional and county brands an enterprise may ask for, parents before their children. */
export async function requestableBrands(locale: StorefrontLocale): Promise<{ value: string; label: string }[]> {
  const flat: BrandNode[] = []
  const walk = (nodes: BrandNode[]) =>
    nodes.forEach((node) => {
      if (node.level !== "enterprise") flat.push(node)
      walk(node.children ?? [])
    })
  walk(await listBrands(locale).catch(() => [] as BrandNode[]))
  return flat.map((brand) => ({ value: brand.id, label: brand.name }))
}
