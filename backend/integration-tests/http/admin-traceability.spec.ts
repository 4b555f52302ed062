import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { ENTERPRISE_MODULE } from "../../src/modules/enterprise"
import type EnterpriseModuleService from "../../src/modules/enterprise/service"
import { TRACEABILITY_MODULE } from "../../src/modules/traceability"
import type TraceabilityModuleService from "../../src/modules/traceability/service"
import { adminHeaders, expectFailure } from "../utils/store"
import { seededSuite } from "../utils/suite"

const DB_NAME = "seleno_it_admin_traceability"

type Variant = { id: string; barcode: string | null; product_id: string }

seededSuite(DB_NAME, ({ api, getContainer, store }) => {
  let admin: { headers: Record<string, string> }
  const trace = () => getContainer().resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
  const enterprise = async (handle: string) => {
    const [found] = await getContainer().resolve<EnterpriseModuleService>(ENTERPRISE_MODULE).listEnterprises({ handle }, { relations: ["bases"] })
    return found!
  }
  /** The variant of the product's seeded batch (lot L2026001 for the first product). */
  const variantOf = async (handle: string): Promise<Variant> => {
    const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "trace_batch",
      fields: ["product_variant.id", "product_variant.barcode", "product_variant.product_id", "product_variant.product.handle"],
    })
    const batches = data as unknown as { product_variant: Variant & { product: { handle: string } } }[]
    return batches.find((b) => b.product_variant.product.handle === handle)!.product_variant
  }
  const newBatch = async (overrides: Record<string, unknown> = {}) => {
    const tea = await enterprise("ziyang-selenium-tea-co")
    const variant = await variantOf("ziyang-maojian-green-tea")
    return {
      variant_id: variant.id,
      lot: "L2026T01",
      produced_on: "2026-09-01",
      quantity: 25,
      enterprise_id: tea.id,
      base_id: tea.bases[0]!.id,
      inspection_mg_per_kg: 1.1,
      inspection_lab: "安康市富硒产品质量检验中心",
      inspected_on: "2026-09-03",
      ...overrides,
    }
  }

  beforeAll(async () => {
    admin = await adminHeaders(api)
  })

  it("opens a batch with one serial per package whose public record and QR codes work", async () => {
    const body = await newBatch()
    const { status, data } = await api.post("/admin/trace-batches", body, admin)
    expect(status).toBe(201)
    const variant = await variantOf("ziyang-maojian-green-tea")
    expect(data.trace_batch.gtin).toBe(variant.barcode!.padStart(14, "0"))

    const detail = await api.get(`/admin/trace-batches/${data.trace_batch.id}`, admin)
    expect(detail.data.trace_batch).toMatchObject({ lot: "L2026T01", serial_count: 25, enterprise: { name: "紫阳县富硒茶业有限公司" }, variant: { id: variant.id } })
    const record = await api.get(`/store/trace/${data.trace_batch.gtin}/L2026T01`, store)
    expect(record.data.batch.inspection_mg_per_kg).toBe(1.1)
    const scan = await api.post(`/store/trace/${data.trace_batch.gtin}/L2026T01/0025/scans`, {}, store)
    expect(scan.data.scans.scan_count).toBe(1)
    const labels = await api.get(`/admin/trace-batches/${data.trace_batch.id}/labels?page=2`, admin)
    expect(labels.headers["x-label-pages"]).toBe("2")
    expect(labels.data).toContain("-L2026T01-0025")
  })

  it("records events in the batch's timeline, in time order, and refuses one from the future", async () => {
    const { data } = await api.post("/admin/trace-batches", await newBatch({ lot: "L2026T02" }), admin)
    const url = `/admin/trace-batches/${data.trace_batch.id}/events`
    await api.post(url, { type: "packed", occurred_at: "2026-09-05T08:00:00+08:00", place: "紫阳县向阳镇", description: "包装赋码" }, admin)
    await api.post(url, { type: "harvested", occurred_at: "2026-09-01T06:00:00+08:00", place: "向阳镇高山茶园基地" }, admin)
    const future = await expectFailure(api.post(url, { type: "shipped", occurred_at: "2099-01-01", place: "安康" }, admin))
    expect(future.status).toBe(400)
    expect(future.data.message).toMatch(/occurred_at is in the future/)
    const noPlace = await expectFailure(api.post(url, { type: "shipped", occurred_at: "2026-09-06", place: "" }, admin))
    expect(noPlace.status).toBe(400)
    const detail = await api.get(`/admin/trace-batches/${data.trace_batch.id}`, admin)
    expect(detail.data.trace_batch.events.map((e: { type: string }) => e.type)).toEqual(["harvested", "packed"])
  })

  it("refuses a duplicate lot, a bad lot, a base of another enterprise or a variant without a GTIN, saving nothing", async () => {
    const before = (await trace().listTraceBatches({})).length
    const duplicate = await expectFailure(api.post("/admin/trace-batches", await newBatch({ lot: "L2026001" }), admin))
    expect(duplicate.status).toBeLessThan(500)
    expect(duplicate.data.message).toMatch(/lot "L2026001" already exists/)
    const badLot = await expectFailure(api.post("/admin/trace-batches", await newBatch({ lot: "L 2026/7" }), admin))
    expect(badLot.status).toBe(400)
    expect(badLot.data.message).toMatch(/lot must be 1–20 letters, digits or hyphens/)
    const otherBase = (await enterprise("langao-konjac-coop")).bases[0]!.id
    const wrongBase = await expectFailure(api.post("/admin/trace-batches", await newBatch({ lot: "L2026T03", base_id: otherBase }), admin))
    expect(wrongBase.status).toBe(400)
    expect(wrongBase.data.message).toMatch(/base_id .* is not a base of that enterprise/)

    const product = (await variantOf("ziyang-maojian-green-tea")).product_id
    const unlabelled = await getContainer().resolve(Modules.PRODUCT).createProductVariants({ product_id: product, title: "无条码试样" })
    const noGtin = await expectFailure(api.post("/admin/trace-batches", await newBatch({ lot: "L2026T04", variant_id: unlabelled.id }), admin))
    expect(noGtin.status).toBe(400)
    expect(noGtin.data.message).toMatch(/variant_id: the variant's barcode "" is not a GTIN/)
    const tooMany = await expectFailure(api.post("/admin/trace-batches", await newBatch({ lot: "L2026T05", quantity: 10_001 }), admin))
    expect(tooMany.status).toBe(400)
    expect((await trace().listTraceBatches({})).length).toBe(before)
  })

  it("derives a batch's enterprise from its product and refuses another enterprise, naming both", async () => {
    const { enterprise_id: _omitted, ...derived } = await newBatch({ lot: "L2026T06" })
    const { data } = await api.post("/admin/trace-batches", derived, admin)
    const detail = await api.get(`/admin/trace-batches/${data.trace_batch.id}`, admin)
    expect(detail.data.trace_batch.enterprise).toMatchObject({ name: "紫阳县富硒茶业有限公司" })

    const before = (await trace().listTraceBatches({})).length
    const konjac = await enterprise("langao-konjac-coop")
    const mismatch = await expectFailure(api.post("/admin/trace-batches", await newBatch({ lot: "L2026T07", enterprise_id: konjac.id, base_id: konjac.bases[0]!.id }), admin))
    expect(mismatch.status).toBe(400)
    expect(mismatch.data.code).toBe("batch_enterprise_mismatch")
    expect(mismatch.data.message).toContain(konjac.name)
    expect(mismatch.data.message).toContain("紫阳县富硒茶业有限公司")
    expect((await trace().listTraceBatches({})).length).toBe(before)
  })

  it("refuses a variant barcode that is not a GTIN and keeps the old one", async () => {
    const variant = await variantOf("ziyang-maojian-green-tea")
    const digits = variant.barcode!
    const wrongCheck = digits.slice(0, -1) + String((Number(digits.slice(-1)) + 1) % 10)
    const failure = await expectFailure(api.post(`/admin/products/${variant.product_id}/variants/${variant.id}`, { barcode: wrongCheck }, admin))
    expect(failure.status).toBe(400)
    expect(failure.data.message).toMatch(/barcode must be a GTIN/)
    const [after] = await getContainer().resolve(Modules.PRODUCT).listProductVariants({ id: variant.id }, { select: ["barcode"] })
    expect(after!.barcode).toBe(digits)
  })
})
