import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { gtinCheckDigit, toGtin14 } from "@seleno/domain"
import { ENTERPRISE_MODULE } from "../modules/enterprise"
import { TRACEABILITY_MODULE } from "../modules/traceability"
import type TraceabilityModuleService from "../modules/traceability/service"
import { SEED_PRODUCTS } from "./catalogue-data"

/** An invented GS1 company prefix in China's 690–699 range; item references follow the seed order. */
const COMPANY_PREFIX = "6971234"
const SERIALS_PER_BATCH = 20

export const gtinFor = (productIndex: number, variantIndex: number): string => {
  const data = COMPANY_PREFIX + String(productIndex * 10 + variantIndex).padStart(5, "0")
  return toGtin14(data + gtinCheckDigit(data)) as string
}

/**
 * Demo of the counterfeit signal on the first tea batch: serial 0013 was scanned from many networks
 * and staff confirmed it counterfeit (its public page warns); 0014 crossed the thresholds too and
 * waits for staff (suspicious: only staff and the enterprise see it).
 */
export const FLAGGED_DEMO = { product: "ziyang-maojian-green-tea", serial: "0013", suspicious: "0014" }

type ProductRow = {
  id: string
  handle: string
  enterprise: { id: string; bases: { id: string; location: string | null }[] } | null
  variants: { id: string; sku: string | null; barcode: string | null }[]
}

/** Gives every seeded variant a GTIN and every seeded product one traceable batch with events and serials. */
export async function seedTraceability(container: MedusaContainer): Promise<{ created: number }> {
  const trace = container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "enterprise.id", "enterprise.bases.id", "enterprise.bases.location", "variants.id", "variants.sku", "variants.barcode"],
    filters: { handle: SEED_PRODUCTS.map((p) => p.handle) },
  })
  const products = data as unknown as ProductRow[]
  await assignGtins(container, products)

  const existing = await trace.listTraceBatches({}, { select: ["gtin"] })
  const traced = new Set(existing.map((b) => b.gtin))
  let created = 0
  for (const [index, seed] of SEED_PRODUCTS.entries()) {
    const product = products.find((p) => p.handle === seed.handle)
    const base = product?.enterprise?.bases[0]
    const gtin = gtinFor(index, 1)
    if (!product?.enterprise || !base || traced.has(gtin)) continue
    const firstVariant = product.variants.find((v) => v.sku === `${seed.handle}-1`.toUpperCase())!
    const producedOn = new Date(Date.UTC(2026, 3, 1 + (index % 28)))
    const day = (offset: number) => new Date(producedOn.getTime() + offset * 86_400_000)
    const place = base.location ?? ""
    const batch = await trace.createTraceBatches({
      gtin,
      lot: `L2026${String(index + 1).padStart(3, "0")}`,
      produced_on: producedOn,
      quantity: 500,
      inspection_mg_per_kg: seed.seleniumMgPerKg,
      inspection_lab: "第三方富硒检测实验室",
      inspected_on: day(2),
    })
    await trace.createTraceEvents(
      [
        { type: "harvested" as const, occurred_at: producedOn, place, description: "采收" },
        { type: "processed" as const, occurred_at: day(1), place, description: "加工" },
        { type: "inspected" as const, occurred_at: day(2), place, description: "硒含量检测" },
        { type: "packed" as const, occurred_at: day(3), place, description: "包装赋码" },
        { type: "shipped" as const, occurred_at: day(4), place: "安康富硒产品仓", description: "入仓发货" },
      ].map((event) => ({ ...event, batch_id: batch.id }))
    )
    await trace.createPackageSerials(Array.from({ length: SERIALS_PER_BATCH }, (_, i) => ({ serial: String(i + 1).padStart(4, "0"), batch_id: batch.id })))
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    await link.create([
      { [Modules.PRODUCT]: { product_variant_id: firstVariant.id }, [TRACEABILITY_MODULE]: { trace_batch_id: batch.id } },
      { [ENTERPRISE_MODULE]: { enterprise_id: product.enterprise.id }, [TRACEABILITY_MODULE]: { trace_batch_id: batch.id } },
      { [ENTERPRISE_MODULE]: { enterprise_base_id: base.id }, [TRACEABILITY_MODULE]: { trace_batch_id: batch.id } },
    ])
    if (seed.handle === FLAGGED_DEMO.product) await scanFromManyPlaces(trace, batch.id)
    created++
  }
  return { created }
}

async function assignGtins(container: MedusaContainer, products: ProductRow[]) {
  const updates = SEED_PRODUCTS.flatMap((seed, index) => {
    const product = products.find((p) => p.handle === seed.handle)
    return seed.variants.flatMap((_, v) => {
      const variant = product?.variants.find((x) => x.sku === `${seed.handle}-${v + 1}`.toUpperCase())
      return variant && !variant.barcode ? [{ id: variant.id, barcode: gtinFor(index, v + 1) }] : []
    })
  })
  const productModule = container.resolve(Modules.PRODUCT)
  for (const { id, barcode } of updates) await productModule.updateProductVariants(id, { barcode })
}

async function scanFromManyPlaces(trace: TraceabilityModuleService, batchId: string) {
  const serials = await trace.listPackageSerials({ batch_id: batchId, serial: [FLAGGED_DEMO.serial, FLAGGED_DEMO.suspicious] })
  const at = Date.UTC(2026, 9, 1)
  for (const [n, serial] of serials.entries()) {
    for (let i = 0; i < 8; i++) {
      // Documentation ranges would all be one network; these stand for eight cities' carriers.
      await trace.recordScan(serial.id, { network: `${60 + i * 7}.${20 + i}.${5 + n}.0/24` }, new Date(at + i * 3_600_000))
    }
  }
  const confirmed = serials.find((s) => s.serial === FLAGGED_DEMO.serial)!
  await trace.updatePackageSerials({
    id: confirmed.id,
    signal_state: "confirmed",
    reviewed_at: new Date(at + 9 * 3_600_000),
    reviewed_by: "seed",
    review_note: "演示：八个城市的网络在一天内扫描同一包装码，经企业核实该包装已于 4 月售出，其余均为仿冒。",
  })
}
