import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { BRAND_MODULE } from "../../modules/brand"
import type BrandModuleService from "../../modules/brand/service"
import { CERTIFICATION_MODULE } from "../../modules/certification"
import type CertificationModuleService from "../../modules/certification/service"
import { certificateStatus } from "../../modules/certification/status"
import { authorizationStatus } from "../../modules/enterprise/authorization"

/** What an enterprise claims about a listing: checked on create and on every edit. */
export interface ListingClaims {
  enterprise_id: string
  /** The listing being edited; absent when creating. */
  product_id?: string
  brand_id: string
  /** Category ids or handles. */
  categories: string[]
  certificate_ids: string[]
  images: string[]
  /** False on an edit that touches neither brand nor categories: nothing about the brand is newly claimed. */
  check_brand?: boolean
}

export interface CheckedListing {
  category_ids: string[]
  category_handles: string[]
  /** Null only on an edit that leaves an unbranded (seeded) product's brand alone. */
  brand: { id: string; handle: string; name: string } | null
}

export type Authorization = { category_handles: string[]; valid_from: string; valid_until: string; revoked_at: string | null; brand: { id: string } | null }
type CertificateRow = { id: string; number: string; subject: string; review_status: string; product?: { id: string } | null; standard_code: string; category: string; measured_mg_per_kg: number | null; valid_from: string; valid_until: string; revoked_at: string | null }

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

const STANDING_WORDS: Record<ReturnType<typeof authorizationStatus>, string> = {
  in_force: "in force",
  not_yet: "not yet valid",
  expired: "expired",
  revoked: "revoked",
}

/** Why a brand may not go on a listing, as a reason the portal and the product sheet translate. */
export type BrandChoiceReason = "not_authorized" | "not_in_force" | "category_not_covered"

/**
 * Why the enterprise may not put this brand on a product in these categories, or null.
 * Same rule as the publishing rule (../brand/brand-authorization-rule.ts: an authorization in force
 * for the brand covering one of the categories), but for every brand level and already at drafting,
 * because an enterprise may choose only brands it holds; the publishing hook still runs on approval.
 */
export function brandChoiceReason(brandId: string, authorizations: Authorization[], categoryHandles: string[], at = new Date()): BrandChoiceReason | null {
  const forBrand = authorizations.filter((a) => a.brand?.id === brandId)
  if (forBrand.length === 0) return "not_authorized"
  const inForce = forBrand.filter((a) => authorizationStatus(a, at) === "in_force")
  if (inForce.length === 0) return "not_in_force"
  return inForce.some((a) => categoryHandles.some((c) => a.category_handles.includes(c))) ? null : "category_not_covered"
}

/** brandChoiceReason said as a 400 message naming brand_id, or null. */
export function brandChoiceProblem(brand: { id: string; name: string }, authorizations: Authorization[], categoryHandles: string[], at = new Date()): string | null {
  const reason = brandChoiceReason(brand.id, authorizations, categoryHandles, at)
  if (reason === null) return null
  const forBrand = authorizations.filter((a) => a.brand?.id === brand.id)
  if (reason === "not_authorized") return `brand_id: your enterprise holds no authorization for ${brand.name}`
  if (reason === "not_in_force") {
    const states = [...new Set(forBrand.map((a) => STANDING_WORDS[authorizationStatus(a, at)]))].join(", ")
    return `brand_id: your authorization for ${brand.name} is not in force (${states})`
  }
  const covered = [...new Set(forBrand.filter((a) => authorizationStatus(a, at) === "in_force").flatMap((a) => a.category_handles))].join(", ")
  return `brand_id: your authorization for ${brand.name} covers the categories ${covered}, not ${categoryHandles.join(", ")}`
}

/** The enterprise's brand authorizations (all of them; brandChoiceReason decides which count). */
export async function brandAuthorizationsOf(container: MedusaContainer, enterpriseId: string): Promise<Authorization[]> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "enterprise",
    fields: ["id", "brand_authorizations.category_handles", "brand_authorizations.valid_from", "brand_authorizations.valid_until", "brand_authorizations.revoked_at", "brand_authorizations.brand.id"],
    filters: { id: enterpriseId },
  })
  const enterprise = data[0] as unknown as { brand_authorizations?: (Authorization | null)[] } | undefined
  return (enterprise?.brand_authorizations ?? []).filter((a): a is Authorization => a !== null)
}

/**
 * Only images the enterprise itself uploaded through POST /enterprise/uploads (Medusa's file module;
 * the upload records who sent it): nothing is loaded from outside, and no one borrows another's files.
 */
async function imageProblem(container: MedusaContainer, enterpriseId: string, urls: string[]): Promise<string | null> {
  if (urls.length === 0) return null
  const uploads = await container
    .resolve<CertificationModuleService>(CERTIFICATION_MODULE)
    .listEnterpriseUploads({ url: urls, enterprise_id: enterpriseId }, { select: ["url", "mime_type"] })
  const byUrl = new Map(uploads.map((u) => [u.url, u.mime_type]))
  for (const url of urls) {
    const type = byUrl.get(url)
    if (!type) return `images: "${url.slice(0, 200)}" is not a file your enterprise uploaded; upload it through POST /enterprise/uploads first`
    if (!type.startsWith("image/")) return `images: "${url.slice(0, 200)}" is ${type}, not an image`
  }
  return null
}

async function resolveCategories(container: MedusaContainer, refs: string[]): Promise<{ ids: string[]; handles: string[] }> {
  if (refs.length === 0) return { ids: [], handles: [] }
  const product = container.resolve(Modules.PRODUCT)
  const [byId, byHandle] = await Promise.all([
    product.listProductCategories({ id: refs }, { select: ["id", "handle"] }),
    product.listProductCategories({ handle: refs }, { select: ["id", "handle"] }),
  ])
  const found = new Map([...byId, ...byHandle].flatMap((c) => [[c.id, c] as const, [c.handle, c] as const]))
  const unknown = refs.filter((r) => !found.has(r))
  if (unknown.length > 0) throw invalid(`categories: ${unknown.map((u) => `"${u}"`).join(", ")} is not a product category`)
  const categories = [...new Map(refs.map((r) => [found.get(r)!.id, found.get(r)!])).values()]
  return { ids: categories.map((c) => c.id), handles: categories.map((c) => c.handle) }
}

/** Throws a 400 naming the field and the reason when a claim is not the enterprise's to make. */
export async function checkListingClaims(container: MedusaContainer, claims: ListingClaims): Promise<CheckedListing> {
  const checkBrand = claims.check_brand !== false
  const [brand] =
    checkBrand || claims.brand_id
      ? await container.resolve<BrandModuleService>(BRAND_MODULE).listBrands({ id: claims.brand_id }, { select: ["id", "handle", "name"] })
      : []
  if (!brand && checkBrand) throw invalid(`brand_id: "${claims.brand_id}" is not a brand in the catalogue`)
  const categories = await resolveCategories(container, claims.categories)

  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "enterprise",
    fields: [
      "id", "brand_authorizations.category_handles", "brand_authorizations.valid_from", "brand_authorizations.valid_until",
      "brand_authorizations.revoked_at", "brand_authorizations.brand.id",
      "certificates.id", "certificates.number", "certificates.subject", "certificates.standard_code", "certificates.category",
      "certificates.measured_mg_per_kg", "certificates.valid_from", "certificates.valid_until", "certificates.revoked_at",
      "certificates.review_status", "certificates.product.id",
    ],
    filters: { id: claims.enterprise_id },
  })
  const enterprise = data[0] as unknown as { brand_authorizations: (Authorization | null)[]; certificates?: (CertificateRow | null)[] } | undefined
  if (!enterprise) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Enterprise with id: ${claims.enterprise_id} was not found`)

  const authorizations = enterprise.brand_authorizations.filter((a): a is Authorization => a !== null)
  const brandProblem = checkBrand && brand ? brandChoiceProblem(brand, authorizations, categories.handles) : null
  if (brandProblem) throw invalid(brandProblem)

  const own = new Map((enterprise.certificates ?? []).filter((c): c is CertificateRow => c !== null).map((c) => [c.id, c]))
  for (const id of claims.certificate_ids) {
    const certificate = own.get(id)
    // Another enterprise's certificate is answered like an unknown one: its existence is not ours to tell.
    if (!certificate) throw invalid(`certificate_ids: "${id}" is not a certificate of your enterprise`)
    if (certificate.subject !== "product") throw invalid(`certificate_ids: ${certificate.number} certifies ${certificate.subject === "base" ? "a base" : "an enterprise"}, not a product`)
    // A certificate certifies one product (the product-certificate link is one product to many certificates).
    if (certificate.product && certificate.product.id !== claims.product_id) {
      throw invalid(`certificate_ids: ${certificate.number} already certifies another of your products`)
    }
    if (certificate.review_status === "rejected") throw invalid(`certificate_ids: ${certificate.number} was rejected by the platform`)
    const status = certificateStatus(certificate)
    if (status === "expired" || status === "revoked") throw invalid(`certificate_ids: ${certificate.number} is ${status}`)
  }

  const imagesProblem = await imageProblem(container, claims.enterprise_id, claims.images)
  if (imagesProblem) throw invalid(imagesProblem)

  return { category_ids: categories.ids, category_handles: categories.handles, brand: brand ?? null }
}
