/**
 * The certification context's vocabulary: the product categories selenium standards set ranges
 * for, what a certificate certifies, and the codes of the intake refusals. The certificate model's
 * enums, the admin and the portal all read these lists.
 */

/**
 * Categories a standard can set a selenium range for. A standard covers a category only where staff
 * entered its figures (a range row); a name here promises no range.
 */
export const CERTIFICATE_CATEGORIES = [
  "tea",
  /** Milled paddy (GB/T 22499). */
  "rice",
  "cereal",
  /** DB61/T 556 grain products: wheat flour, rice, corn meal, dried noodles and others. */
  "grain_product",
  "edible_oil",
  "condiment",
  "farm_product",
] as const
export type CertificateCategory = (typeof CERTIFICATE_CATEGORIES)[number]

export function isCertificateCategory(value: string): value is CertificateCategory {
  return (CERTIFICATE_CATEGORIES as readonly string[]).includes(value)
}

/** Names of the categories in both languages, for messages, the admin and the storefront. */
export const CERTIFICATE_CATEGORY_NAMES: Record<CertificateCategory, { zh: string; en: string }> = {
  tea: { zh: "茶叶", en: "tea" },
  rice: { zh: "稻谷（大米）", en: "rice (milled paddy)" },
  cereal: { zh: "谷物", en: "cereals" },
  grain_product: { zh: "粮食制品", en: "grain products" },
  edible_oil: { zh: "食用植物油、动物油", en: "edible oils" },
  condiment: { zh: "调味品", en: "condiments" },
  farm_product: { zh: "农产品", en: "farm products" },
}

export const CERTIFICATE_SUBJECTS = ["product", "enterprise", "base"] as const
export type CertificateSubject = (typeof CERTIFICATE_SUBJECTS)[number]

export const CERTIFICATE_REVIEW_STATUSES = ["pending", "approved", "rejected"] as const
export type CertificateReviewStatus = (typeof CERTIFICATE_REVIEW_STATUSES)[number]

/**
 * Why a certificate is refused at intake (staff entry, enterprise submission, approval). Each
 * refusal carries one of these codes and its params, so the portal can say it in Chinese.
 */
export const INTAKE_PROBLEM_CODES = [
  "unknown_standard",
  "category_without_range",
  "measured_missing",
  "measured_outside_range",
  "unknown_issuer",
  "issuer_inactive",
  "issuer_scope",
] as const
export type IntakeProblemCode = (typeof INTAKE_PROBLEM_CODES)[number]

/** Why an uploaded file is refused; the portal translates these too. */
export const FILE_PROBLEM_CODES = ["file_type", "file_empty", "file_too_large", "file_not_pdf", "file_not_image", "file_active_content", "upload_quota"] as const
export type FileProblemCode = (typeof FILE_PROBLEM_CODES)[number]

/** 检验检测机构资质认定 (CMA) certificate numbers are 12 digits (year, province, sequence). */
export const CMA_NUMBER_PATTERN = /^\d{12}$/
/** CNAS laboratory accreditation numbers read "CNAS L" and a number, e.g. "CNAS L1234". */
export const CNAS_NUMBER_PATTERN = /^CNAS L\d{3,6}$/

/**
 * A certificate's status, computed when read from its dates and revocation (never stored):
 * "expiring" is in force but ends within 30 days.
 */
export const CERTIFICATE_STATUSES = ["valid", "expiring", "expired", "revoked"] as const
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number]

/** Why a product does or does not carry the 富硒认证 badge, as the store answers it. */
export const CERTIFICATION_REASONS = [
  "certified",
  "no_certificate",
  "certificate_expired",
  "certificate_revoked",
  "outside_standard",
  "enterprise_not_in_good_standing",
] as const
export type CertificationReason = (typeof CERTIFICATION_REASONS)[number]
