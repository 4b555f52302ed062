import "server-only"
import type { CertificateStandardView, CertificateStatus, CertificationReason, IssuerAccreditationView, PublicBatchVoid, PublicScanSummary, PublicSerialResponse, SharedLocation, StorefrontLocale } from "@seleno/domain"
import { cache } from "react"
import { cachedAs, errorStatus, isClientError, isNotFoundError, sdk, storeHeaders } from "./medusa"

export type { CertificateStatus, CertificationReason }

export interface Certificate {
  id: string
  number: string
  issuer: string
  subject: string
  standard_code: string
  category: string
  measured_mg_per_kg: number
  test_lab: string
  tested_on: string
  valid_from: string
  valid_until: string
  status: CertificateStatus
  /** True while the certificate is approved and in force: its test report opens from the store. */
  has_public_report: boolean
  /** The issuer's register entry: its CMA / CNAS numbers can be checked with the accreditation bodies. */
  issuer_accreditation: IssuerAccreditationView | null
  /** The cited standard as the platform's register holds it, with its range for the certificate's category. */
  standard: CertificateStandardView | null
}

/** What the public sees of any certificate: enough to check it against its standard, dates and issuer (the test report is private to the enterprise and platform staff). */
export type PublicCertificate = Pick<
  Certificate,
  | "number" | "issuer" | "standard_code" | "category" | "measured_mg_per_kg" | "valid_from" | "valid_until" | "status"
  | "issuer_accreditation" | "standard"
>

/** A product's certification verdict (GET /store/product-certifications). */
export interface Certification {
  product_id: string
  certified: boolean
  reason: CertificationReason
  certificate: Certificate | null
}

export interface BatchSummary {
  gtin: string
  lot: string
  produced_on: string
  variant_id: string
}

export type TraceEventType = "harvested" | "processed" | "inspected" | "packed" | "shipped"

export interface TraceEvent {
  type: TraceEventType
  occurred_at: string
  place: string
  description: string
}

/** The public record of one batch (GET /store/trace/:gtin/:lot). */
export interface BatchRecord {
  gtin: string
  lot: string
  produced_on: string
  quantity: number
  inspection_mg_per_kg: number | null
  inspection_lab: string | null
  inspected_on: string | null
  product: { id: string; handle: string; title: string; thumbnail: string | null }
  variant: { id: string; title: string } | null
  enterprise: { handle: string; name: string } | null
  brand: { handle: string; name: string } | null
  /** The authorization in force that lets the enterprise sell under the brand; null when it holds none. */
  brand_authorization: { valid_until: string; category_handles: string[] } | null
  base: { name: string; county: string; location: string } | null
  events: TraceEvent[]
  certification: Certification | null
  /** Set when the batch was withdrawn: its pages say so and show no certified badge. */
  voided: PublicBatchVoid | null
}

export type ScanSummary = PublicScanSummary

/** Who opened a trace page, as the storefront's server settled it (see server/forwarded-for.mjs). */
export interface TraceVisitor {
  /** The shopper's address; the backend believes it only from a trusted proxy (the storefront). */
  address: string | undefined
  /** The shopper's User-Agent, which the backend reads only to skip crawlers. */
  userAgent: string
}

/** What a serial's page learns: its scans, or that the code is not in the batch, or that scans are paused. */
type ScanAnswer = { kind: "found"; scans: ScanSummary } | { kind: "unknown" } | { kind: "rate_limited" }

/** What a serial's page shows (POST /api/trace/scans answers it): the code's scans, or that the batch has no such code. */
export type SerialScans = Exclude<ScanAnswer, { kind: "rate_limited" }>

/** The visitor travels in headers, as a proxy's would: the backend never takes an address from a body. */
function visitorHeaders(visitor: TraceVisitor): Record<string, string> {
  return { "user-agent": visitor.userAgent, ...(visitor.address ? { "x-forwarded-for": visitor.address } : {}) }
}

const MAX_IDS = 100

/** Certification verdicts by product id, in batches of 100; unknown or unpublished ids are absent. */
export async function getCertifications(
  locale: StorefrontLocale,
  productIds: readonly string[]
): Promise<Map<string, Certification>> {
  const ids = [...new Set(productIds)]
  const result = new Map<string, Certification>()
  for (let i = 0; i < ids.length; i += MAX_IDS) {
    // Repeated product_id parameters (the SDK's query encoding would index them).
    const query = ids
      .slice(i, i + MAX_IDS)
      .map((id) => `product_id=${encodeURIComponent(id)}`)
      .join("&")
    const { certifications } = await sdk().client.fetch<{ certifications: Certification[] }>(
      `/store/product-certifications?${query}`,
      { headers: storeHeaders(locale), ...cachedAs("certification") }
    )
    for (const c of certifications) result.set(c.product_id, c)
  }
  return result
}

/** Ids of the published products that carry the 富硒认证 badge right now (GET /store/certified-products). */
export const listCertifiedProductIds = cache(async (): Promise<string[]> => {
  const { product_ids } = await sdk().client.fetch<{ product_ids: string[] }>("/store/certified-products", cachedAs("certification", "catalog"))
  return product_ids
})

/** One product's certification verdict, or null when the backend left it out. */
export const getCertification = cache(
  async (locale: StorefrontLocale, productId: string): Promise<Certification | null> =>
    (await getCertifications(locale, [productId])).get(productId) ?? null
)

/** The product's batches, newest first. */
export const listBatches = cache(async (locale: StorefrontLocale, productId: string): Promise<BatchSummary[]> => {
  const { batches } = await sdk().client.fetch<{ batches: BatchSummary[] }>(
    `/store/trace?product_id=${encodeURIComponent(productId)}`,
    { headers: storeHeaders(locale), ...cachedAs("trace") }
  )
  return batches
})

const tracePath = (...parts: string[]) => `/store/trace/${parts.map(encodeURIComponent).join("/")}`

/** A batch record, or undefined when the code is unknown or malformed (the backend's 404 and 400). */
export const getBatch = cache(
  async (locale: StorefrontLocale, gtin: string, lot: string): Promise<BatchRecord | undefined> => {
    try {
      const { batch } = await sdk().client.fetch<{ batch: BatchRecord }>(tracePath(gtin, lot), {
        headers: storeHeaders(locale),
        ...cachedAs("trace", "certification", "catalog"),
      })
      return batch
    } catch (error) {
      if (isNotFoundError(error) || isClientError(error)) return undefined
      throw error
    }
  }
)

/** The scan summary of one serial without counting a scan; "unknown" when the batch has no such serial. */
async function readSerialScans(gtin: string, lot: string, serial: string): Promise<SerialScans> {
  try {
    const { scans } = await sdk().client.fetch<PublicSerialResponse>(tracePath(gtin, lot, serial))
    return { kind: "found", scans }
  } catch (error) {
    if (isNotFoundError(error) || isClientError(error)) return { kind: "unknown" }
    throw error
  }
}

/**
 * Records one scan of a serial (the backend ignores crawlers, counts a network once a day and at
 * most so many an hour) and answers the updated summary.
 */
async function recordScan(gtin: string, lot: string, serial: string, visitor: TraceVisitor): Promise<ScanAnswer> {
  try {
    const { scans } = await sdk().client.fetch<PublicSerialResponse>(`${tracePath(gtin, lot, serial)}/scans`, {
      method: "POST",
      headers: visitorHeaders(visitor),
      body: {},
    })
    return { kind: "found", scans }
  } catch (error) {
    if (errorStatus(error) === 429) return { kind: "rate_limited" }
    if (isNotFoundError(error) || isClientError(error)) return { kind: "unknown" }
    throw error
  }
}

/**
 * One view of a package's trace page, reported by the page once it runs in a browser (so HEAD
 * requests and prefetches, which run no script, never count): counts a scan unless the batch is
 * withdrawn, and over the network's hourly quota still answers the summary.
 */
export async function recordSerialView(code: { gtin: string; lot: string; serial: string }, visitor: TraceVisitor): Promise<SerialScans> {
  const { gtin, lot, serial } = code
  const batch = await getBatch("zh-CN", gtin, lot)
  if (!batch) return { kind: "unknown" }
  const answer = batch.voided ? await readSerialScans(gtin, lot, serial) : await recordScan(gtin, lot, serial, visitor)
  return answer.kind === "rate_limited" ? readSerialScans(gtin, lot, serial) : answer
}

/**
 * Moves the visitor's network's recent scan of a serial to the coarse place they chose to share.
 * Throws the backend's 4xx (no scan from their network today, coordinates off the globe) to the caller.
 */
export async function shareScanLocation(
  code: { gtin: string; lot: string; serial: string },
  visitor: TraceVisitor,
  location: SharedLocation
): Promise<PublicSerialResponse> {
  return sdk().client.fetch<PublicSerialResponse>(`${tracePath(code.gtin, code.lot, code.serial)}/scans/location`, {
    method: "POST",
    headers: visitorHeaders(visitor),
    body: { latitude: location.latitude, longitude: location.longitude },
  })
}
