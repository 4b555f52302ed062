import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { certificateStatus, type CertificateStatus } from "../../../../modules/certification/status"
import { isAuthorizationInForce } from "../../../../modules/enterprise/authorization"
import { certificateStandard, issuerAccreditation } from "../../../../workflows/certification/product-certification"
import { loadStandardBook, type StandardBook } from "../../../../workflows/certification/standard-book"

type Authorization = {
  id: string
  category_handles: string[]
  valid_from: string
  valid_until: string
  revoked_at: string | null
  brand: { handle: string; name: string } | null
}

type PublishedProduct = { id: string; handle: string; title: string; thumbnail: string | null; status: string }

type CertificateRecord = {
  number: string
  issuer: string
  subject: string
  standard_code: string
  category: string
  measured_mg_per_kg: number | null
  valid_from: Date | string
  valid_until: Date | string
  revoked_at: Date | string | null
  review_status: string
  issued_by: { name: string; cma_number: string | null; cnas_number: string | null } | null
  product: PublishedProduct | null
}

const STATUS_ORDER: CertificateStatus[] = ["valid", "expiring", "expired", "revoked"]

/** Every certificate the platform approved for the enterprise, with its status computed now; current ones first. */
function publicCertificates(certificates: (CertificateRecord | null)[], standards: StandardBook) {
  return certificates
    .filter((c): c is CertificateRecord => c?.review_status === "approved")
    .map((certificate) => {
      const { revoked_at: _revokedAt, review_status: _review, product, issued_by, ...facts } = certificate
      const published = product?.status === "published" ? { handle: product.handle, title: product.title } : null
      return {
        ...facts,
        status: certificateStatus(certificate),
        product: published,
        issuer_accreditation: issuerAccreditation(issued_by),
        standard: certificateStandard(standards, certificate.standard_code, certificate.category),
      }
    })
    .sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || new Date(b.valid_until).getTime() - new Date(a.valid_until).getTime())
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
  products: (PublishedProduct | null)[] | null
  certificates: (CertificateRecord | null)[] | null
}

/**
 * GET /store/enterprises/:handle — an enterprise's public page: bases, the brand authorizations in
 * force, its certificates (with their status) and its published products. Pending and suspended enterprises are not public.
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
        "certificates.number", "certificates.issuer", "certificates.subject", "certificates.standard_code",
        "certificates.category", "certificates.measured_mg_per_kg", "certificates.valid_from", "certificates.valid_until",
        "certificates.revoked_at", "certificates.review_status",
        "certificates.issued_by.name", "certificates.issued_by.cma_number", "certificates.issued_by.cnas_number", "certificates.product.handle", "certificates.product.title", "certificates.product.status",
      ],
      filters: { handle: req.params.handle, status: "active" },
    },
    { locale: req.locale }
  )
  const enterprise = data[0] as EnterpriseRecord | undefined
  if (!enterprise) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Enterprise "${req.params.handle}" was not found`)
  const { bases, brand_authorizations, products, certificates, status: _status, ...rest } = enterprise
  const standards = await loadStandardBook(query, (certificates ?? []).flatMap((c) => (c ? [c.standard_code] : [])))
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
      certificates: publicCertificates(certificates ?? [], standards),
    },
  })
}
