import type { CertificateStatus } from "@seleno/domain"

export type { CertificateStatus }

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
export function certificateStatus(certificate: Pick<CertificateFacts, "valid_from" | "valid_until" | "revoked_at">, at: Date = new Date()): CertificateStatus {
  if (certificate.revoked_at) return "revoked"
  const until = new Date(certificate.valid_until).getTime()
  if (until < at.getTime() || new Date(certificate.valid_from).getTime() > at.getTime()) return "expired"
  return until - at.getTime() <= EXPIRING_WITHIN_DAYS * DAY_MS ? "expiring" : "valid"
}
