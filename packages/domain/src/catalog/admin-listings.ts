/**
 * Listings by enterprise, for platform staff: Medusa's product list has no column for the enterprise
 * that sells a product, so the admin shows this list above it, filtered by enterprise, county and status.
 */
export const LISTING_STATUSES = ["draft", "proposed", "published", "rejected"] as const
export type ListingStatus = (typeof LISTING_STATUSES)[number]

export interface AdminEnterpriseListingView {
  product: { id: string; title: string; handle: string; status: ListingStatus }
  enterprise: { id: string; name: string; county: string }
}
