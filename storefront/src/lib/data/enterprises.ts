import "server-only"
import type { StorefrontLocale } from "@seleno/domain"
import { cache } from "react"
import { cachedAs, isNotFoundError, sdk, storeHeaders } from "./medusa"
import type { PublicCertificate } from "./trace"

/** An enterprise's public profile (GET /store/enterprises/:handle). */
export interface EnterpriseDetail {
  id: string
  handle: string
  name: string
  description: string | null
  kind: "company" | "cooperative" | "family_farm"
  county: string
  bases: { id: string; name: string; county: string; location: string; area_mu: number | null }[]
  brand_authorizations: { brand: { handle: string; name: string }; category_handles: string[]; valid_until: string | null }[]
  products: { id: string; handle: string; title: string; thumbnail: string | null }[]
  /** Every certificate the enterprise holds, current ones first; `product` when it certifies a published product. */
  certificates: (PublicCertificate & { subject: "product" | "enterprise" | "base"; product: { handle: string; title: string } | null })[]
}

/** One enterprise by handle, or undefined when unknown or suspended. */
async function fetchEnterprise(locale: StorefrontLocale, handle: string, caching: { cache: RequestCache }): Promise<EnterpriseDetail | undefined> {
  try {
    const { enterprise } = await sdk().client.fetch<{ enterprise: EnterpriseDetail }>(`/store/enterprises/${encodeURIComponent(handle)}`, {
      headers: storeHeaders(locale),
      ...caching,
    })
    return enterprise
  } catch (error) {
    if (isNotFoundError(error)) return undefined
    throw error
  }
}

export const getEnterpriseByHandle = cache(
  (locale: StorefrontLocale, handle: string): Promise<EnterpriseDetail | undefined> =>
    fetchEnterprise(locale, handle, cachedAs("enterprises", "catalog", "certification", "brands"))
)

/**
 * The enterprise as it is now, for its own portal: a brand authorization staff granted a moment ago
 * must show there (no event tells the page cache of a grant).
 */
export const getEnterpriseNow = cache(
  (locale: StorefrontLocale, handle: string): Promise<EnterpriseDetail | undefined> => fetchEnterprise(locale, handle, { cache: "no-store" })
)

/** Handles and update times of the enterprises in good standing, for the sitemap (GET /store/enterprises). */
export async function listEnterpriseHandles(): Promise<{ handle: string; updatedAt?: string }[]> {
  const { enterprises } = await sdk().client.fetch<{ enterprises: { handle: string; updated_at: string | null }[] }>(
    "/store/enterprises"
  )
  return enterprises.map((e) => ({ handle: e.handle, updatedAt: e.updated_at ?? undefined }))
}
