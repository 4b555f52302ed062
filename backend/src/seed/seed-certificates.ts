import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { CertificateCategory } from "@seleno/domain"
import { CERTIFICATION_MODULE } from "../modules/certification"
import type CertificationModuleService from "../modules/certification/service"
import { ENTERPRISE_MODULE } from "../modules/enterprise"
import { textPdf } from "../lib/pdf/text-pdf"
import { uploadEnterpriseFilesWorkflow } from "../workflows/enterprise-certificates/upload-files"
import { SEED_PRODUCTS } from "./catalogue-data"
import { DEMO_ISSUERS, REFERENCE_STANDARDS } from "./standards-data"

type IssuerKey = keyof typeof DEMO_ISSUERS

const PREFIX: Record<IssuerKey, string> = { ankang: "AKSE", ganzhou: "GZSE", enshi: "ESSE" }

/**
 * The only seeded products with a certificate: those a standard in the register covers with entered
 * thresholds. Everything else (water, konjac flour and rice, fish, pork, walnuts, raisin-tree fruit,
 * oranges, eggs, shiitake, jiaogulan) gets none, because no entered range covers it.
 * `measured` overrides the catalogue's selenium figure where the test report says otherwise (or
 * where the catalogue shows none, as for the expired certificate).
 */
const CERTIFIED: { handle: string; standard: string; category: CertificateCategory; issuer: IssuerKey; measured?: number }[] = [
  { handle: "ziyang-maojian-green-tea", standard: "NY/T 600-2002", category: "tea", issuer: "ankang" },
  { handle: "ziyang-cuifeng-tea", standard: "NY/T 600-2002", category: "tea", issuer: "ankang" },
  { handle: "pingli-nvwa-tea", standard: "NY/T 600-2002", category: "tea", issuer: "ankang" },
  { handle: "ankang-selenium-black-tea", standard: "NY/T 600-2002", category: "tea", issuer: "ankang" },
  { handle: "shangyou-alpine-tea", standard: "NY/T 600-2002", category: "tea", issuer: "ganzhou" },
  { handle: "enshi-yulu-tea", standard: "DBS42/002-2021", category: "tea", issuer: "enshi" },
  // The expired demo: its product shows no selenium facts, so the value comes from the old report here.
  { handle: "lichuan-black-tea", standard: "DBS42/002-2021", category: "tea", issuer: "enshi", measured: 1.1 },
  { handle: "enshi-green-brick-tea", standard: "DBS42/002-2021", category: "tea", issuer: "enshi" },
  { handle: "hanyin-selenium-rice", standard: "GB/T 22499-2008", category: "rice", issuer: "ankang" },
  { handle: "gannan-selenium-rice", standard: "GB/T 22499-2008", category: "rice", issuer: "ganzhou" },
  // Dried noodles are a grain product under DB61/T 556-2018 Table 1 (富硒 ≥ 0.15 mg/kg).
  { handle: "langao-konjac-noodles", standard: "DB61/T 556-2018", category: "grain_product", issuer: "ankang", measured: 0.18 },
]

/** Demo: this product's certificate has run out, so it shows no badge. */
export const EXPIRED_CERTIFICATE_PRODUCT = "lichuan-black-tea"

/** The reference standards, each created with its ranges only if its code is not in the register yet: staff's edits stay. */
export async function seedStandards(container: MedusaContainer): Promise<{ created: number }> {
  const service = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
  const existing = new Set((await service.listSeleniumStandards({}, { select: ["code"] })).map((s) => s.code))
  const missing = REFERENCE_STANDARDS.filter((s) => !existing.has(s.code))
  if (missing.length === 0) return { created: 0 }
  const standards = await service.createSeleniumStandards(missing.map(({ ranges: _ranges, ...standard }) => standard))
  await service.createStandardRanges(
    missing.flatMap((reference, i) =>
      reference.ranges.map((range) => ({
        containing_min_mg_per_kg: null,
        containing_max_mg_per_kg: null,
        ...range,
        standard_id: standards[i]!.id,
      }))
    )
  )
  return { created: standards.length }
}

/** The demo issuers, each created only if no issuer of that name is in the register. */
export async function seedIssuers(container: MedusaContainer): Promise<Map<IssuerKey, { id: string; name: string }>> {
  const service = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
  const names = Object.values(DEMO_ISSUERS).map((i) => i.name)
  const existing = await service.listIssuers({ name: names }, { select: ["id", "name"] })
  const missing = Object.values(DEMO_ISSUERS).filter((i) => !existing.some((e) => e.name === i.name))
  const created = missing.length
    ? await service.createIssuers(missing.map((i) => ({ ...i, scope_categories: [...i.scope_categories], scope_standard_codes: [], cnas_number: null, active: true })))
    : []
  const all = [...existing, ...created]
  return new Map((Object.keys(DEMO_ISSUERS) as IssuerKey[]).map((key) => [key, all.find((i) => i.name === DEMO_ISSUERS[key].name)!]))
}

export async function seedCertificates(container: MedusaContainer): Promise<{ created: number }> {
  await seedStandards(container)
  const issuers = await seedIssuers(container)
  const service = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
  await linkLegacyCertificates(service, [...issuers.values()])

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "enterprise.id", "certificates.id"],
    filters: { handle: CERTIFIED.map((c) => c.handle) },
  })
  const pending = CERTIFIED.map((entry) => ({
    entry,
    index: SEED_PRODUCTS.findIndex((p) => p.handle === entry.handle),
    seed: SEED_PRODUCTS.find((p) => p.handle === entry.handle),
    product: products.find((p) => p.handle === entry.handle),
  })).filter((x) => x.seed && x.product && (x.product.certificates ?? []).length === 0)
  if (pending.length === 0) return { created: 0 }

  const certificates = await service.createCertificates(
    pending.map(({ entry, index, seed }) => {
      const issuer = issuers.get(entry.issuer)!
      const expired = entry.handle === EXPIRED_CERTIFICATE_PRODUCT
      return {
        number: `${PREFIX[entry.issuer]}-${expired ? 2024 : 2026}-${String(index + 1).padStart(4, "0")}`,
        issuer: issuer.name,
        issued_by_id: issuer.id,
        subject: "product" as const,
        standard_code: entry.standard,
        category: entry.category,
        measured_mg_per_kg: entry.measured ?? seed!.seleniumMgPerKg,
        test_lab: issuer.name,
        tested_on: new Date(expired ? "2024-03-10" : "2025-12-15"),
        valid_from: new Date(expired ? "2024-04-01" : "2026-01-01"),
        valid_until: new Date(expired ? "2026-03-31T23:59:59+08:00" : "2027-12-31T23:59:59+08:00"),
      }
    })
  )
  await attachDemoReports(container, service, pending.map(({ entry, product }, i) => ({ certificate: certificates[i]!, handle: entry.handle, enterpriseId: enterpriseOf(product) })))
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  await link.create(
    pending.flatMap(({ product }, i) => {
      const certificate = { [CERTIFICATION_MODULE]: { certificate_id: certificates[i]!.id } }
      const enterpriseId = enterpriseOf(product)
      return [
        { [Modules.PRODUCT]: { product_id: product!.id }, ...certificate },
        ...(enterpriseId ? [{ [ENTERPRISE_MODULE]: { enterprise_id: enterpriseId }, ...certificate }] : []),
      ]
    })
  )
  return { created: certificates.length }
}

function enterpriseOf(product: unknown): string | undefined {
  return (product as { enterprise?: { id: string } | null }).enterprise?.id
}

type SeededCertificate = { id: string; number: string; standard_code: string; category: string; measured_mg_per_kg: number | null; tested_on: Date | string | null; issued_by_id?: string | null }

/**
 * Each demo certificate gets a test report a shopper can open: a one-page PDF stating the
 * certificate's own figures, uploaded through the enterprise's upload workflow (so it passes the
 * same gate and is stored privately) and marked as demonstration data.
 */
async function attachDemoReports(
  container: MedusaContainer,
  service: CertificationModuleService,
  seeded: { certificate: SeededCertificate; handle: string; enterpriseId: string | undefined }[]
): Promise<void> {
  const issuers = await service.listIssuers({}, { select: ["id", "cma_number"] })
  for (const { certificate, handle, enterpriseId } of seeded) {
    if (!enterpriseId) continue
    const issuer = issuers.find((i) => i.id === certificate.issued_by_id)
    const pdf = textPdf(
      [
        "Selenium test report - DEMONSTRATION DATA",
        `Certificate ${certificate.number}`,
        `Sample: ${handle}`,
        `Standard ${certificate.standard_code}, category ${certificate.category}`,
        `Measured selenium: ${certificate.measured_mg_per_kg} mg/kg`,
        `Tested on ${new Date(certificate.tested_on ?? Date.now()).toISOString().slice(0, 10)}`,
        `Laboratory CMA ${issuer?.cma_number ?? "-"}`,
      ],
      { width: 420, height: 200 }
    )
    const { result } = await uploadEnterpriseFilesWorkflow(container).run({
      input: { enterprise_id: enterpriseId, enterprise_status: "active", files: [{ filename: "test-report.pdf", mimeType: "application/pdf", content: pdf.toString("base64") }] },
    })
    await service.updateCertificates({ id: certificate.id, test_report_url: result[0]!.url })
  }
}

/** Certificates from before the register name their issuer in text only; point those at the register entry of that name. */
async function linkLegacyCertificates(service: CertificationModuleService, issuers: { id: string; name: string }[]): Promise<void> {
  const legacy = await service.listCertificates({ issued_by_id: null, issuer: issuers.map((i) => i.name) }, { select: ["id", "issuer"] })
  if (legacy.length === 0) return
  await service.updateCertificates(legacy.map((c) => ({ id: c.id, issued_by_id: issuers.find((i) => i.name === c.issuer)!.id })))
}
