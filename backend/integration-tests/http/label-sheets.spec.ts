import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { gtinCheckDigit, LABEL_PRESET_IDS } from "@seleno/domain"
import { ENTERPRISE_MODULE } from "../../src/modules/enterprise"
import type EnterpriseModuleService from "../../src/modules/enterprise/service"
import { readPdf } from "../../src/modules/traceability/__tests__/pdf-text"
import { approvedEnterprise, type Headers } from "../utils/enterprise"
import { expectFailure } from "../utils/store"
import { seededSuite } from "../utils/suite"

const DB_NAME = "seleno_it_label_sheets"

let gtinSerial = 0
function freshGtin(): string {
  gtinSerial += 1
  const data = `69${String(Date.now() % 1e6).padStart(6, "0")}${String(gtinSerial).padStart(4, "0")}`
  return data + gtinCheckDigit(data)
}

seededSuite(DB_NAME, ({ api, getContainer }) => {
  type Portal = { enterpriseId: string; headers: Headers; admin: Headers; variantId: string; gtin: string }
  let a: Portal
  let b: Portal

  /** An approved enterprise with one product whose variant has a GTIN. */
  async function portal(email: string, title: string): Promise<Portal> {
    const approved = await approvedEnterprise(api, email)
    const enterprise = await getContainer().resolve<EnterpriseModuleService>(ENTERPRISE_MODULE).retrieveEnterprise(approved.enterpriseId)
    const gtin = freshGtin()
    const [product] = await getContainer().resolve(Modules.PRODUCT).createProducts([
      {
        title,
        handle: `${enterprise.handle}-labels`,
        status: "published",
        options: [{ title: "规格", values: ["250g"] }],
        variants: [{ title: "250g", barcode: gtin, options: { 规格: "250g" } }],
      },
    ])
    await getContainer().resolve(ContainerRegistrationKeys.LINK).create({
      [Modules.PRODUCT]: { product_id: product!.id },
      [ENTERPRISE_MODULE]: { enterprise_id: approved.enterpriseId },
    })
    return { ...approved, variantId: product!.variants[0]!.id, gtin: gtin.padStart(14, "0") }
  }

  const openBatch = async (who: Portal, lot: string, quantity: number) =>
    (await api.post("/enterprise/trace-batches", { variant_id: who.variantId, lot, produced_on: "2026-10-01", quantity }, who.headers)).data.trace_batch as { id: string }

  const binary = (who: Headers) => ({ ...who, responseType: "arraybuffer" as const })

  beforeAll(async () => {
    a = await portal("labels-a@enterprise.example.com", "岚皋富硒魔芋精粉特级 500 克袋装")
    b = await portal("labels-b@enterprise.example.com", "乙企业富硒茶")
  })

  it("answers the enterprise's own batch as one PDF: pages for the preset, every serial, the Chinese name", async () => {
    const batch = await openBatch(a, "LA-2026-01", 40)
    const response = await api.get(`/enterprise/trace-batches/${batch.id}/labels?format=pdf&size=63.5x38.1`, binary(a.headers))
    expect(response.status).toBe(200)
    expect(response.headers["content-type"]).toBe("application/pdf")
    expect(response.headers["content-disposition"]).toBe(`attachment; filename="labels-${a.gtin}-LA-2026-01-63.5x38.1.pdf"`)
    expect(response.headers["x-label-pages"]).toBe("2")
    const { pages, items } = await readPdf(Buffer.from(response.data as ArrayBuffer))
    expect(pages).toBe(2) // 21 labels a sheet
    const texts = items.map((i) => i.text)
    for (let n = 1; n <= 40; n++) expect(texts).toContain(`(21)${String(n).padStart(4, "0")}`)
    expect(texts.filter((t) => t === "(10)LA-2026-01")).toHaveLength(40)
    expect(texts.filter((t) => t === `(01)${a.gtin}`)).toHaveLength(40)
    expect(texts.join("")).toContain("岚皋富硒魔芋")
  })

  it("refuses another enterprise's batch as not found, and staff can print it", async () => {
    const theirs = await openBatch(b, "LB-2026-01", 3)
    const refused = await expectFailure(api.get(`/enterprise/trace-batches/${theirs.id}/labels?format=pdf`, binary(a.headers)))
    expect(refused.status).toBe(404)
    const staff = await api.get(`/admin/trace-batches/${theirs.id}/labels?format=pdf`, binary(a.admin))
    expect(staff.headers["content-type"]).toBe("application/pdf")
    expect(staff.headers["x-label-pages"]).toBe("1")
    const { items } = await readPdf(Buffer.from(staff.data as ArrayBuffer))
    expect(items.map((i) => i.text)).toEqual(expect.arrayContaining(["(21)0001", "(21)0002", "(21)0003"]))
  })

  it("refuses an unknown size with a code listing the sizes, and a size too small for the codes", async () => {
    const batch = await openBatch(a, "LA-2026-LONG-LOT-01", 2)
    const unknown = await expectFailure(api.get(`/enterprise/trace-batches/${batch.id}/labels?format=pdf&size=A4`, a.headers))
    expect(unknown.status).toBe(400)
    expect(unknown.data).toMatchObject({ code: "label_size_unknown", params: { size: "A4" } })
    for (const id of LABEL_PRESET_IDS) expect(unknown.data.params.sizes).toContain(id)
    const small = await expectFailure(api.get(`/enterprise/trace-batches/${batch.id}/labels?format=pdf&size=38.1x21.2`, a.headers))
    expect(small.status).toBe(400)
    expect(small.data).toMatchObject({ code: "label_too_small", params: { size: "38.1x21.2" } })
    const format = await expectFailure(api.get(`/enterprise/trace-batches/${batch.id}/labels?format=png`, a.headers))
    expect(format.status).toBe(400)
  })
})
