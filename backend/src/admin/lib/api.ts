import { FetchError } from "@medusajs/js-sdk"
import type { CertificateCategory, IssuerView, SerialReviewAction, StaffBatchVoid, StaffSerialSignal, StaffSerialSignalList, StandardView } from "@seleno/domain"
import { adminPost, sdk } from "./sdk"

/** Types of what our admin routes return (see src/api/admin); dates arrive as ISO strings. */

export type BrandLevel = "regional" | "county" | "enterprise"
export type MarkType = "gi_certification_mark" | "collective_mark" | "trademark" | "gi_filed"

export interface Brand {
  id: string
  handle: string
  name: string
  story: string | null
  level: BrandLevel
  mark_type: MarkType
  region: string
  counties: string[]
  logo_url: string | null
  parent_id: string | null
}

export interface BrandDetail extends Brand {
  parent?: { id: string; name: string } | null
  children?: { id: string; name: string; handle: string }[]
}

export type EnterpriseKind = "company" | "cooperative" | "family_farm"
export type EnterpriseStatus = "pending" | "active" | "rejected" | "suspended"

export interface Enterprise {
  id: string
  handle: string
  name: string
  description: string | null
  credit_code: string
  kind: EnterpriseKind
  county: string
  contact_name: string | null
  contact_phone: string | null
  status: EnterpriseStatus
  /** Why staff rejected the application; shown to the enterprise. */
  review_note: string | null
  commission_bps: number
  licence_file_url: string | null
}

export interface Base {
  id: string
  name: string
  county: string
  location: string | null
  area_mu: number | null
}

export type AuthorizationStatus = "in_force" | "not_yet" | "expired" | "revoked"

export interface BrandAuthorization {
  id: string
  category_handles: string[]
  valid_from: string
  valid_until: string
  revoked_at: string | null
  status: AuthorizationStatus
  brand: { id: string; handle: string; name: string } | null
}

export interface EnterpriseDetail extends Enterprise {
  bases?: Base[]
  brand_authorizations?: BrandAuthorization[]
}

/** "expiring" is what the certification module computes (within 30 days); "expiring_soon" is accepted too. */
export type CertificateStatus = "valid" | "expiring" | "expiring_soon" | "expired" | "revoked"
export type CertificateSubject = "product" | "enterprise" | "base"
export type { CertificateCategory }

export interface Certificate {
  id: string
  number: string
  issuer: string
  issued_by?: { id: string; name: string; cma_number: string | null; cnas_number: string | null } | null
  subject: CertificateSubject
  standard_code: string
  category: CertificateCategory
  measured_mg_per_kg: number | null
  test_lab: string | null
  tested_on: string | null
  valid_from: string
  valid_until: string
  revoked_at: string | null
  status: CertificateStatus
  /** Certificates an enterprise submits wait for staff; staff-created ones are approved. */
  review_status?: "pending" | "approved" | "rejected"
  review_note?: string | null
  test_report_url?: string | null
  enterprise: { id: string; name: string } | null
  product: { id: string; title: string } | null
}

export type Standard = StandardView
export type Issuer = IssuerView

export interface TraceBatch {
  id: string
  gtin: string
  lot: string
  produced_on: string
  quantity: number
  inspection_mg_per_kg: number | null
  inspection_lab: string | null
  inspected_on: string | null
  variant: { id: string; title: string; product: { id: string; title: string } | null } | null
  enterprise: { id: string; name: string } | null
  base: { id: string; name: string; county: string } | null
  /** Set once the batch was withdrawn (by staff or its enterprise). */
  voided: StaffBatchVoid | null
}

export type TraceEventType = "harvested" | "processed" | "packed" | "shipped" | "inspected"

export interface TraceEvent {
  id: string
  type: TraceEventType
  occurred_at: string
  place: string
  description: string | null
}

export interface TraceBatchDetail extends TraceBatch {
  events?: TraceEvent[]
  serial_count?: number
}

/** A suspicious or confirmed package serial with its evidence (the shape lives in @seleno/domain). */
export type FlaggedSerial = StaffSerialSignal

export interface ProductOrigin {
  brand: { id: string; name: string; level: BrandLevel } | null
  enterprise: { id: string; name: string } | null
  certification: {
    certified: boolean
    certificate: (Partial<Certificate> & { number?: string }) | null
    /** certified, no_certificate, certificate_expired, certificate_revoked, outside_standard, enterprise_not_in_good_standing, not_published */
    reason?: string | null
  } | null
}

/** What the dashboard shows when a request fails: the API's own `message` for 4xx answers. */
export function errorMessage(error: unknown, fallback = "Request failed"): string {
  if (error instanceof FetchError) {
    if (error.message) return error.message
    return [error.status, error.statusText].filter(Boolean).join(" ") || fallback
  }
  if (error instanceof Error) return error.message
  return String(error)
}

/** The API refused this to the signed-in staff member's role (403 from the staff-role middleware). */
export function isForbidden(error: unknown): boolean {
  return error instanceof FetchError && error.status === 403
}

const get = <T>(path: string, query?: Record<string, unknown>) => sdk.client.fetch<T>(path, { query })
const post = <T>(path: string, body?: object) => adminPost<T>(path, body)

/** Query keys: one root per resource so a mutation can refresh everything under it. */
export const keys = {
  brands: ["seleno", "brands"] as const,
  brand: (id: string) => ["seleno", "brands", id] as const,
  enterprises: ["seleno", "enterprises"] as const,
  enterprise: (id: string) => ["seleno", "enterprises", id] as const,
  certificates: ["seleno", "certificates"] as const,
  standards: ["seleno", "standards"] as const,
  issuers: ["seleno", "issuers"] as const,
  batches: ["seleno", "trace-batches"] as const,
  batch: (id: string) => ["seleno", "trace-batches", id] as const,
  flaggedSerials: ["seleno", "flagged-serials"] as const,
  origin: (productId: string) => ["seleno", "product-origin", productId] as const,
  variants: ["seleno", "variant-choices"] as const,
  products: ["seleno", "product-choices"] as const,
}

export const api = {
  listBrands: () => get<{ brands: Brand[]; count: number }>("/admin/brands"),
  getBrand: (id: string) => get<{ brand: BrandDetail }>(`/admin/brands/${id}`),
  createBrand: (body: object) => post<{ brand: Brand }>("/admin/brands", body),
  updateBrand: (id: string, body: object) => post<{ brand: Brand }>(`/admin/brands/${id}`, body),

  listEnterprises: () => get<{ enterprises: Enterprise[]; count: number }>("/admin/enterprises"),
  getEnterprise: (id: string) => get<{ enterprise: EnterpriseDetail }>(`/admin/enterprises/${id}`),
  createEnterprise: (body: object) => post<{ enterprise: Enterprise }>("/admin/enterprises", body),
  updateEnterprise: (id: string, body: object) => post<{ enterprise: Enterprise }>(`/admin/enterprises/${id}`, body),
  reviewEnterprise: (id: string, body: { decision: "approve" | "reject"; note?: string }) =>
    post<{ enterprise: Enterprise }>(`/admin/enterprises/${id}/review`, body),
  addBase: (enterpriseId: string, body: object) => post<{ base: Base }>(`/admin/enterprises/${enterpriseId}/bases`, body),
  grantAuthorization: (enterpriseId: string, body: object) =>
    post<{ brand_authorization: BrandAuthorization }>(`/admin/enterprises/${enterpriseId}/brand-authorizations`, body),
  revokeAuthorization: (id: string) => post<{ brand_authorization: BrandAuthorization }>(`/admin/brand-authorizations/${id}/revoke`),

  /** All certificates; the page filters by status itself, so one request serves every tab. */
  listCertificates: () => get<{ certificates: Certificate[]; count: number }>("/admin/certificates"),
  createCertificate: (body: object) => post<{ certificate: Certificate }>("/admin/certificates", body),
  revokeCertificate: (id: string) => post<{ certificate: Certificate }>(`/admin/certificates/${id}/revoke`),
  reviewCertificate: (id: string, body: { decision: "approve" | "reject"; note?: string }) =>
    post<{ certificate: Certificate }>(`/admin/certificates/${id}/review`, body),
  listStandards: () => get<{ standards: Standard[]; count: number }>("/admin/standards"),
  createStandard: (body: object) => post<{ standard: Standard }>("/admin/standards", body),
  updateStandard: (id: string, body: object) => post<{ standard: Standard }>(`/admin/standards/${id}`, body),
  saveRange: (standardId: string, body: object) => post<{ standard: Standard }>(`/admin/standards/${standardId}/ranges`, body),
  listIssuers: () => get<{ issuers: Issuer[]; count: number }>("/admin/issuers"),
  createIssuer: (body: object) => post<{ issuer: Issuer }>("/admin/issuers", body),
  updateIssuer: (id: string, body: object) => post<{ issuer: Issuer }>(`/admin/issuers/${id}`, body),

  listBatches: () => get<{ trace_batches: TraceBatch[]; count: number }>("/admin/trace-batches"),
  getBatch: (id: string) => get<{ trace_batch: TraceBatchDetail }>(`/admin/trace-batches/${id}`),
  createBatch: (body: object) => post<{ trace_batch: TraceBatch }>("/admin/trace-batches", body),
  recordEvent: (batchId: string, body: object) => post<{ event: TraceEvent }>(`/admin/trace-batches/${batchId}/events`, body),

  voidBatch: (batchId: string, body: { reason: string }) => post<{ trace_batch: TraceBatch }>(`/admin/trace-batches/${batchId}/void`, body),

  listFlaggedSerials: () => get<StaffSerialSignalList>("/admin/flagged-serials"),
  reviewSerial: (serialId: string, action: SerialReviewAction, body: { note: string }) =>
    post<{ serial: FlaggedSerial }>(`/admin/flagged-serials/${serialId}/${action}`, body),

  reviewListing: (productId: string, body: { decision: "approve" | "reject"; note?: string }) =>
    post<{ product: { id: string; status: string } }>(`/admin/products/${productId}/review`, body),
  getOrigin: (productId: string) => get<{ origin: ProductOrigin }>(`/admin/products/${productId}/origin`),
  setOrigin: (productId: string, body: { brand_id: string | null; enterprise_id: string | null }) =>
    post<{ origin: ProductOrigin }>(`/admin/products/${productId}/origin`, body),

  /** Variants to choose from when creating a batch (id, title, product title, GTIN in `barcode`/`ean`/`upc`). */
  listVariantChoices: () =>
    sdk.admin.productVariant.list({ limit: 500, fields: "id,title,sku,product.id,product.title" }),
  listProductChoices: () => sdk.admin.product.list({ limit: 500, fields: "id,title,handle" }),

  /**
   * The whole batch's label sheet as one PDF on the chosen label stock, fetched with the admin
   * session (a plain link would not carry it cross-origin).
   */
  async labelSheetPdf(batchId: string, size: string): Promise<Blob> {
    const response = await sdk.client.fetch<Response>(`/admin/trace-batches/${batchId}/labels`, {
      query: { format: "pdf", size },
      headers: { accept: "application/pdf" },
    })
    return response.blob()
  },
}
