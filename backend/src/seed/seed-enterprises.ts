import { createTranslationsWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { toMedusaLocale } from "@seleno/domain"
import { BRAND_MODULE } from "../modules/brand"
import type BrandModuleService from "../modules/brand/service"
import { ENTERPRISE_MODULE } from "../modules/enterprise"
import type EnterpriseModuleService from "../modules/enterprise/service"
import { createEnterprisesWorkflow } from "../workflows/enterprise/create-enterprises"
import { creditCode, SEED_ENTERPRISES, type SeedEnterprise } from "./enterprise-data"

const AUTHORIZED_FROM = new Date("2025-01-01T00:00:00+08:00")
const AUTHORIZED_UNTIL = new Date("2027-12-31T23:59:59+08:00")

/** Creates the missing demo enterprises with their bases and brand authorizations, and links their products. */
export async function seedEnterprises(container: MedusaContainer): Promise<{ created: number }> {
  const service = container.resolve<EnterpriseModuleService>(ENTERPRISE_MODULE)
  const existing = await service.listEnterprises({ handle: SEED_ENTERPRISES.map((e) => e.handle) }, { select: ["handle"] })
  const known = new Set(existing.map((e) => e.handle))
  const missing = SEED_ENTERPRISES.filter((e) => !known.has(e.handle))
  if (missing.length === 0) return { created: 0 }

  const { result: enterprises } = await createEnterprisesWorkflow(container).run({
    input: {
      enterprises: missing.map((e) => ({
        handle: e.handle,
        name: e.name.zh,
        credit_code: creditCode(e.creditStem),
        kind: e.kind,
        county: e.county,
        status: "active" as const,
        bases: [{ name: e.base.name.zh, county: e.base.county, location: e.base.location, area_mu: e.base.areaMu }],
      })),
    },
  })
  const idOf = new Map(enterprises.map((e) => [e.handle, e.id]))
  await authorize(container, missing, idOf)
  await linkProducts(container, missing, idOf)
  await translate(container, missing, idOf)
  return { created: enterprises.length }
}

async function authorize(container: MedusaContainer, seeds: SeedEnterprise[], idOf: Map<string, string>) {
  const service = container.resolve<EnterpriseModuleService>(ENTERPRISE_MODULE)
  const brands = await container.resolve<BrandModuleService>(BRAND_MODULE).listBrands({}, { select: ["id", "handle"] })
  const brandId = new Map(brands.map((b) => [b.handle, b.id]))
  const grants = seeds.flatMap((s) => s.authorizations.map((a) => ({ seed: s, grant: a })))
  if (grants.length === 0) return
  const created = await service.createBrandAuthorizations(
    grants.map(({ seed, grant }) => ({
      enterprise_id: idOf.get(seed.handle)!,
      category_handles: grant.categories,
      valid_from: AUTHORIZED_FROM,
      valid_until: AUTHORIZED_UNTIL,
    }))
  )
  await container.resolve(ContainerRegistrationKeys.LINK).create(
    created.map((authorization, i) => ({
      [ENTERPRISE_MODULE]: { brand_authorization_id: authorization.id },
      [BRAND_MODULE]: { brand_id: brandId.get(grants[i]!.grant.brand)! },
    }))
  )
}

async function linkProducts(container: MedusaContainer, seeds: SeedEnterprise[], idOf: Map<string, string>) {
  const handles = seeds.flatMap((s) => s.products)
  const products = await container.resolve(Modules.PRODUCT).listProducts({ handle: handles }, { select: ["id", "handle"] })
  const owner = new Map(seeds.flatMap((s) => s.products.map((p) => [p, idOf.get(s.handle)!] as const)))
  await container.resolve(ContainerRegistrationKeys.LINK).create(
    products.map((p) => ({ [Modules.PRODUCT]: { product_id: p.id }, [ENTERPRISE_MODULE]: { enterprise_id: owner.get(p.handle)! } }))
  )
}

async function translate(container: MedusaContainer, seeds: SeedEnterprise[], idOf: Map<string, string>) {
  const service = container.resolve<EnterpriseModuleService>(ENTERPRISE_MODULE)
  const ids = seeds.map((s) => idOf.get(s.handle)!)
  const bases = await service.listEnterpriseBases({ enterprise_id: ids }, { select: ["id", "enterprise_id"] })
  const english = toMedusaLocale("en")
  const translations = seeds.flatMap((s) => {
    const enterpriseId = idOf.get(s.handle)!
    const base = bases.find((b) => b.enterprise_id === enterpriseId)
    return [
      { reference: "enterprise", reference_id: enterpriseId, locale_code: english, translations: { name: s.name.en } },
      ...(base ? [{ reference: "enterprise_base", reference_id: base.id, locale_code: english, translations: { name: s.base.name.en } }] : []),
    ]
  })
  await createTranslationsWorkflow(container).run({ input: { translations } })
}
