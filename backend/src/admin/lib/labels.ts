import type { CertificateCategory } from "@seleno/domain"
/**
 * Every label the admin extensions show, in one place: English for staff, with the Chinese
 * domain term where the trade uses it. Option lists for selects are built from these maps.
 */

export const NAV = {
  brands: "Brands 品牌",
  enterprises: "Enterprises 企业",
  certificates: "Certificates 证书",
  standards: "Selenium standards 硒含量标准",
  issuers: "Accredited issuers 检测机构",
  traceBatches: "Trace batches 批次",
  flaggedSerials: "Counterfeit signals 疑似假冒",
} as const

export const BRAND_LEVEL = {
  regional: "Regional public brand 区域公用品牌",
  county: "County brand / GI 县域品牌",
  enterprise: "Enterprise brand 企业品牌",
} as const

export const MARK_TYPE = {
  gi_certification_mark: "GI certification mark 地理标志证明商标",
  collective_mark: "Collective mark 集体商标",
  trademark: "Trademark 商标",
  gi_filed: "GI filed 地理标志申请中",
} as const

export const ENTERPRISE_KIND = {
  company: "Company 公司",
  cooperative: "Cooperative 合作社",
  family_farm: "Family farm 家庭农场",
} as const

export const ENTERPRISE_STATUS = {
  pending: "Pending 待审核",
  active: "Active 正常",
  rejected: "Rejected 已驳回",
  suspended: "Suspended 已暂停",
} as const

export const AUTHORIZATION_STATUS = {
  in_force: "In force 有效",
  not_yet: "Not yet in force 未生效",
  expired: "Expired 已过期",
  revoked: "Revoked 已撤销",
} as const

export const CERTIFICATE_STATUS = {
  valid: "Valid 有效",
  // The certification module calls it "expiring"; "expiring_soon" is the name in the API notes.
  expiring: "Expiring soon 即将到期",
  expiring_soon: "Expiring soon 即将到期",
  expired: "Expired 已过期",
  revoked: "Revoked 已撤销",
} as const

/** Why a product does or does not show the 富硒认证 badge (the badge rule's reasons). */
export const CERTIFICATION_REASON = {
  certified: "Certified: certificate in force, selenium within its standard, enterprise active",
  no_certificate: "No product certificate",
  certificate_expired: "The certificate has expired",
  certificate_revoked: "The certificate was revoked",
  outside_standard: "Measured selenium is outside the cited standard",
  enterprise_not_in_good_standing: "The enterprise is not active",
  not_published: "Drafts are not evaluated; publish the product",
} as const

export const CERTIFICATE_SUBJECT = {
  product: "Product 产品",
  enterprise: "Enterprise 企业",
  base: "Base 基地",
} as const

/** Every category of the certification vocabulary (@seleno/domain), named for staff. */
export const CERTIFICATE_CATEGORY: Record<CertificateCategory, string> = {
  tea: "Tea 茶叶",
  rice: "Rice (milled paddy) 稻谷",
  cereal: "Cereals 谷物",
  grain_product: "Grain products 粮食制品 (flour, rice, corn meal, dried noodles)",
  edible_oil: "Edible oils 食用油",
  condiment: "Condiments 调味品",
  farm_product: "Farm products 农产品",
}

export const EVENT_TYPE = {
  harvested: "Harvested 采收",
  processed: "Processed 加工",
  packed: "Packed 包装",
  shipped: "Shipped 发货",
  inspected: "Inspected 检验",
} as const

/** Badge colours by status; the keys are the API's status values. */
export type BadgeColor = "green" | "orange" | "red" | "grey" | "blue"

export const STATUS_COLOR: Record<string, BadgeColor> = {
  // enterprises
  active: "green",
  pending: "orange",
  rejected: "grey",
  suspended: "red",
  // brand authorizations
  in_force: "green",
  not_yet: "blue",
  // certificates
  valid: "green",
  expiring: "orange",
  expiring_soon: "orange",
  expired: "red",
  revoked: "grey",
}

export const CERTIFICATE_TABS = {
  all: "All",
  review: "Waiting for review 待审核",
  expiring: "Expiring within 30 days",
  expired: "Expired",
} as const

export const UI = {
  standardsTitle: "Selenium standards 硒含量标准",
  standardsIntro: "Certificates are checked against these figures. A category without a range cannot be certified: enter figures only from the standard's published text, never estimate them.",
  createStandard: "Add standard",
  saveRange: "Enter or correct a range",
  noLimit: "no upper limit",
  noRanges: "No figures entered yet: no certificate can cite this standard.",
  issuersTitle: "Accredited issuers 检测机构名录",
  issuersIntro: "Certificates must come from an active body here whose scope covers their category and standard.",
  createIssuer: "Add issuer",
  editIssuer: "Edit",
  deactivate: "Deactivate",
  anyStandard: "any standard in the register",
  inactive: "Inactive",
  loading: "Loading…",
  retry: "Try again",
  none: "— none —",
  save: "Save",
  saving: "Saving…",
  cancel: "Cancel",
  create: "Create",
  optional: "optional",
  commaSeparated: "comma-separated",
  chinaTime: "China time (UTC+8)",
  errorTitle: "Could not load this",
  saved: "Saved",
  created: "Created",

  brandsTitle: "Brands 品牌",
  brandsEmpty: "No brands yet. Create the first regional public brand.",
  createBrand: "Create brand",
  editBrand: "Edit brand",
  parentBrand: "Parent brand",
  childBrands: "Sub-brands",

  enterprisesTitle: "Enterprises 企业",
  enterprisesEmpty: "No enterprises yet.",
  createEnterprise: "Create enterprise",
  activate: "Activate",
  approve: "Approve application",
  approveCertificate: "Approve",
  listingReview: "Listing review 商品审核",
  listingReviewText: "The enterprise submitted this listing. Check its brand, certificates and selenium claim, then publish it or send it back with a reason.",
  approveListing: "Approve and publish",
  rejectListing: "Reject listing",
  rejectCertificate: "Reject",
  testReport: "Test report",
  reject: "Reject application",
  rejectReason: "Why is it rejected? The enterprise is shown this.",
  reviewed: "Application decided",
  setCommission: "Set commission",
  suspend: "Suspend",
  statusChanged: "Status changed",
  bases: "Production bases 基地",
  basesEmpty: "No production bases yet.",
  addBase: "Add base",
  authorizations: "Brand authorizations 品牌授权",
  authorizationsEmpty: "No brand authorizations yet.",
  grantAuthorization: "Grant authorization",
  revoke: "Revoke",
  revokeAuthorizationTitle: "Revoke this brand authorization?",
  revokeAuthorizationText: "The enterprise can no longer sell new products under this brand.",
  revoked: "Revoked",

  certificatesTitle: "Certificates 证书",
  certificatesEmpty: "No certificates here.",
  createCertificate: "Record certificate",
  revokeCertificateTitle: "Revoke this certificate?",
  revokeCertificateText: "Its products lose the 富硒认证 badge at once. This cannot be undone.",

  batchesTitle: "Trace batches 批次",
  batchesEmpty: "No trace batches yet.",
  createBatch: "Create batch",
  events: "Events 生产流程",
  eventsEmpty: "No events recorded yet.",
  recordEvent: "Record event",
  labels: "Package labels 标签",
  downloadLabels: "Print labels 打印标签 (PDF)",
  labelSize: "Label size 标签尺寸",
  labelSizeOption: (title: string, perPage: number) => `${title} (${perPage} per A4 sheet 每张)`,
  labelSizeHint: "Print at actual size (100%), no scaling. 打印时选择“实际大小”，不要缩放。",
  serialCount: (n: number) => `${n} package serials`,

  flaggedTitle: "Counterfeit signals 疑似假冒",
  flaggedIntro:
    "Suspicious: a serial scanned too often or from too many networks (IPv4 /24, IPv6 /48). Shoppers see nothing until you confirm it; confirming shows 疑似假冒 and removes the certified badge on its page. Clearing restores the page; only scans after the clear can flag it again.",
  flaggedEmpty: "No suspicious or confirmed serials.",
  confirmCounterfeit: "Confirm counterfeit",
  clearSignal: "Clear",
  confirmCounterfeitText: "The package's public page will warn 疑似假冒 and show no certified badge.",
  clearSignalText: "The package's public page is restored; the evidence so far no longer counts toward the thresholds.",
  reviewNote: "Note (what you found; kept with the decision)",
  signalReviewed: "Decision recorded",
  voidBatch: "Void batch",
  voidBatchText: "Shoppers who scan this batch's codes will read that it was withdrawn, with your reason; its scans stop counting and its pages show no certified badge. This cannot be undone.",
  voidReason: "Reason (shown to shoppers)",
  voided: "Voided 已撤回",
  derivedEnterprise: "A batch always belongs to the enterprise of its product.",
  chooseVariantFirst: "Choose a variant first",

  originTitle: "Origin 产地与品牌",
  certified: "富硒认证 Certified",
  notCertified: "Not certified",
  noBrand: "No brand",
  noEnterprise: "No enterprise",
  setOrigin: "Save origin",
} as const

/** Column and field names, shared by tables, detail lists and forms. */
export const FIELD = {
  handle: "Handle",
  commission: "Commission (basis points, 500 = 5 %)",
  review_note: "Review note",
  licence: "Business licence",
  name: "Name",
  story: "Story",
  level: "Level",
  mark_type: "Mark type",
  region: "Region",
  counties: "Counties",
  parent: "Parent brand",
  logo_url: "Logo URL",
  description: "Description",
  credit_code: "Unified social credit code 统一社会信用代码",
  credit_code_short: "Credit code",
  kind: "Kind",
  county: "County",
  contact_name: "Contact name",
  contact_phone: "Contact phone",
  status: "Status",
  location: "Location",
  area_mu: "Area (mu 亩)",
  brand: "Brand",
  enterprise: "Enterprise",
  categories: "Category handles",
  valid_from: "Valid from",
  valid_until: "Valid until",
  validity: "Validity",
  number: "Number",
  issuer: "Issuer",
  subject: "Subject",
  standard: "Standard",
  category: "Category",
  measured: "Measured selenium (mg/kg)",
  test_lab: "Test lab",
  tested_on: "Tested on",
  product: "Product",
  product_id: "Product ID",
  variant: "Variant",
  variant_id: "Variant ID",
  gtin: "GTIN",
  lot: "Lot",
  produced_on: "Produced on",
  quantity: "Quantity",
  base: "Base",
  inspection: "Inspection",
  inspection_mg_per_kg: "Inspection selenium (mg/kg)",
  inspection_lab: "Inspection lab",
  inspected_on: "Inspected on",
  type: "Type",
  occurred_at: "Occurred at",
  place: "Place",
  serial: "Serial",
  flagged_at: "Flagged at",
  signal_state: "State",
  reasons: "Why",
  evidence: "Evidence",
  scans: "Scans",
  networks: "Networks",
  places: "Top places",
  first_last: "First / last scan",
  suspected_at: "Suspected at",
  review: "Review",
  voided_at: "Voided at",
  void_reason: "Void reason",
  certification: "Certification",
  actions: "Actions",
  code: "Code (as printed, with edition)",
  edition: "Edition (year)",
  name_zh: "Name (Chinese)",
  name_en: "Name (English)",
  source: "Source of the figures",
  note: "Note",
  ranges: "Ranges (mg/kg)",
  min: "富硒 minimum (mg/kg)",
  max: "富硒 maximum (mg/kg)",
  containing_min: "含硒 tier from (mg/kg)",
  containing_max: "含硒 tier to (mg/kg)",
  cma_number: "CMA number 资质认定编号",
  cnas_number: "CNAS number 认可编号",
  scope_categories: "Scope: categories",
  scope_standard_codes: "Scope: standard codes",
  active: "Active",
} as const

/** `{ key: label }` maps as select options, in their declared order. */
export function optionsOf<K extends string>(map: Record<K, string>): { value: K; label: string }[] {
  return (Object.keys(map) as K[]).map((value) => ({ value, label: map[value] }))
}

/** A label for an API value, falling back to the raw value for one this admin does not know yet. */
export function labelOf(map: Record<string, string>, value: string | null | undefined): string {
  if (!value) return "—"
  return map[value] ?? value
}

/** Counterfeit signal states and reasons as staff read them (the values come from @seleno/domain). */
export const SIGNAL_STATE: Record<string, string> = {
  normal: "Normal",
  suspicious: "Suspicious 可疑",
  confirmed: "Confirmed counterfeit 疑似假冒",
  cleared: "Cleared 已排除",
}
export const SIGNAL_REASON: Record<string, string> = {
  many_scans: "Many scans",
  many_networks: "Many networks",
}
