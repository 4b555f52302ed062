import { findStandard, isWithinStandard, type StandardCategory } from "@seleno/domain"

export type CertificateStatus = "valid" | "expiring" | "expired" | "revoked"

export const EXPIRING_WITHIN_DAYS = 30
const DAY_MS = 24 * 60 * 60 * 1000

export interface CertificateFacts {
  standard_code: string
  category: string
  measured_mg_per_kg: number | null
  valid_from: Date | string
  valid_until: Date | string
  revoked_at?: Date | string | null
}

/** Computed at read time, so an expired certificate is expired the moment its date passes. */
export function certificateStatus(certificate: CertificateFacts, at: Date = new Date()): CertificateStatus {
  if (certificate.revoked_at) return "revoked"
  const until = new Date(certificate.valid_until).getTime()
  if (until < at.getTime() || new Date(certificate.valid_from).getTime() > at.getTime()) return "expired"
  return until - at.getTime() <= EXPIRING_WITHIN_DAYS * DAY_MS ? "expiring" : "valid"
}

/** The measured content lies inside the range the cited standard sets for the certificate's category. */
export function meetsStandard(certificate: CertificateFacts): boolean {
  const standard = findStandard(certificate.standard_code)
  if (!standard || certificate.measured_mg_per_kg === null) return false
  return isWithinStandard(standard, certificate.category as StandardCategory, Number(certificate.measured_mg_per_kg))
}
