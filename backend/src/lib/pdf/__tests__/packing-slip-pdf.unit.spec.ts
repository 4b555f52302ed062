import fs from "node:fs"
import { PassThrough } from "node:stream"
import type { PackingSlipView } from "@seleno/domain"
import { readPdf } from "../../../modules/traceability/__tests__/pdf-text"
import { writePackingSlipsPdf } from "../packing-slip-pdf"

async function render(slips: PackingSlipView[]): Promise<Buffer> {
  const out = new PassThrough()
  const chunks: Buffer[] = []
  out.on("data", (c: Buffer) => chunks.push(c))
  await writePackingSlipsPdf(slips, out)
  return Buffer.concat(chunks)
}

const slip = (display: number, items: number, waybill = false): PackingSlipView => ({
  order_id: `order_${display}`,
  display_id: display,
  created_at: "2026-12-07T01:30:00Z",
  recipient: { name: "张伟", phone: "13800138000", address: "陕西省 安康市 汉滨区 兴安路 88 号", postal_code: "725000" },
  items: Array.from({ length: items }, (_, i) => ({
    title: `紫阳毛尖富硒绿茶 ${i + 1}`,
    variant_title: "125克罐装",
    sku: `ZIYANG-MAOJIAN-GREEN-TEA-${i + 1}`,
    gtin: "06971234000019",
    quantity: i + 1,
  })),
  packed: waybill,
  waybills: waybill ? [{ carrier: "顺丰速运", tracking_number: "SF1234567890123" }] : [],
})

describe("packing slips", () => {
  it("puts each part on its own A4 page with every item's name, SKU, GTIN and quantity, and the waybill", async () => {
    const bytes = await render([slip(7, 3, true), slip(8, 1)])
    if (process.env.SLIP_DUMP) fs.writeFileSync(process.env.SLIP_DUMP, bytes)
    const { pages, pageSize, items } = await readPdf(bytes)
    expect(pages).toBe(2)
    expect(pageSize.map(Math.round)).toEqual([595, 842])
    const first = items.filter((i) => i.page === 1).map((i) => i.text)
    for (let n = 1; n <= 3; n++) {
      expect(first).toContain(`紫阳毛尖富硒绿茶 ${n}`)
      expect(first).toContain(`ZIYANG-MAOJIAN-GREEN-TEA-${n}`)
      expect(first).toContain(String(n))
    }
    expect(first.filter((t) => t === "06971234000019")).toHaveLength(3)
    expect(first.join("\n")).toContain("SF1234567890123")
    expect(first.join("\n")).toContain("张伟")
    // Nothing runs past the right margin, and cells of one row never overlap.
    for (const item of items) expect(item.x + item.width).toBeLessThanOrEqual(595.28 - 48 + 0.5)
    const rows = new Map<string, typeof items>()
    for (const item of items) rows.set(`${item.page}:${Math.round(item.y)}`, [...(rows.get(`${item.page}:${Math.round(item.y)}`) ?? []), item])
    for (const row of rows.values()) {
      const cells = [...row].sort((a, b) => a.x - b.x)
      cells.slice(1).forEach((cell, i) => expect(cells[i]!.x + cells[i]!.width).toBeLessThanOrEqual(cell.x + 0.01))
    }
    const second = items.filter((i) => i.page === 2).map((i) => i.text).join("\n")
    expect(second).toContain("#8")
    expect(second).toContain("未打包")
  })

  it("runs a long part onto further pages, naming the order on each", async () => {
    const { pages, items } = await readPdf(await render([{ ...slip(9, 60), packed: true }]))
    expect(items.filter((i) => i.page === 1).map((i) => i.text).join("\n")).toContain("已打包，运单号待填写")
    expect(pages).toBe(2)
    expect(items.filter((i) => i.page === 2).map((i) => i.text).join("\n")).toContain("#9")
    for (let n = 1; n <= 60; n++) expect(items.map((i) => i.text)).toContain(`ZIYANG-MAOJIAN-GREEN-TEA-${n}`)
  })
})
