import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { StandardCategory } from "@seleno/domain"
import { CERTIFICATION_MODULE } from "../modules/certification"
import type CertificationModuleService from "../modules/certification/service"
import { ENTERPRISE_MODULE } from "../modules/enterprise"
import { SEED_PRODUCTS, type SeedProduct } from "./catalogue-data"

const ISSUERS: Record<string, { name: string; prefix: string }> = {
  ankang: { name: "安康市富硒产品质量检验中心", prefix: "AKSE" },
  ganzhou: { name: "赣州市农产品质量安全检测中心", prefix: "GZSE" },
  enshi: { name: "恩施州富硒产品检测中心", prefix: "ESSE" },
}

/** Which standard a seeded product's certificate cites; null where none of ours covers it. */
function standardFor(p: SeedProduct): { code: string; category: StandardCategory } | null {
  if (p.category === "tea") return p.region === "enshi" ? { code: "DBS42/002-2021", category: "tea" } : { code: "NY/T 600-2002", category: "tea" }
  if (p.category === "grain") return { code: "GB/T 22499-2008", category: "rice" }
  if (p.region === "ankang") return { code: "DB61/T 556-2018", category: "food" }
  return null // Gannan oranges and eggs: no standard in the catalogue covers them yet, so no badge.
}

/** Demo: this product's certificate has run out, so it shows no badge. */
export const EXPIRED_CERTIFICATE_PRODUCT = "ankang-smoked-fish"

export async function seedCertificates(container: MedusaContainer): Promise<{ created: number }> {
  const service = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "enterprise.id", "certificates.id"],
    filters: { handle: SEED_PRODUCTS.map((p) => p.handle) },
  })
  const pending = SEED_PRODUCTS.map((seed, index) => ({ seed, index, standard: standardFor(seed), product: products.find((p) => p.handle === seed.handle) }))
    .filter((x) => x.standard && x.product && (x.product.certificates ?? []).length === 0)
  if (pending.length === 0) return { created: 0 }

  const certificates = await service.createCertificates(
    pending.map(({ seed, index, standard }) => {
      const issuer = ISSUERS[seed.region]!
      const expired = seed.handle === EXPIRED_CERTIFICATE_PRODUCT
      return {
        number: `${issuer.prefix}-${expired ? 2024 : 2026}-${String(index + 1).padStart(4, "0")}`,
        issuer: issuer.name,
        subject: "product" as const,
        standard_code: standard!.code,
        category: standard!.category,
        measured_mg_per_kg: seed.seleniumMgPerKg,
        test_lab: issuer.name,
        tested_on: new Date(expired ? "2024-03-10" : "2025-12-15"),
        valid_from: new Date(expired ? "2024-04-01" : "2026-01-01"),
        valid_until: new Date(expired ? "2026-03-31T23:59:59+08:00" : "2027-12-31T23:59:59+08:00"),
      }
    })
  )
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  await link.create(
    pending.flatMap(({ product }, i) => {
      const certificate = { [CERTIFICATION_MODULE]: { certificate_id: certificates[i]!.id } }
      const enterpriseId = (product as { enterprise?: { id: string } | null }).enterprise?.id
      return [
        { [Modules.PRODUCT]: { product_id: product!.id }, ...certificate },
        ...(enterpriseId ? [{ [ENTERPRISE_MODULE]: { enterprise_id: enterpriseId }, ...certificate }] : []),
      ]
    })
  )
  return { created: certificates.length }
}
