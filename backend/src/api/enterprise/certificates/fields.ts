import { certificateStatus, type CertificateFacts } from "../../../modules/certification/status"
import { CERTIFICATE_FIELDS } from "../../../workflows/certification/steps/evaluate-product-certifications"

/** What an enterprise sees of its certificates: the record, its report, the review and the product. */
export const ENTERPRISE_CERTIFICATE_FIELDS = [
  ...CERTIFICATE_FIELDS, "test_report_url", "review_note", "reviewed_at", "created_at", "product.id", "product.title",
]

/** Adds the validity status computed now; the review status is stored and returned as is. */
export function withStatus<T extends CertificateFacts>(certificate: T) {
  return { ...certificate, status: certificateStatus(certificate) }
}
