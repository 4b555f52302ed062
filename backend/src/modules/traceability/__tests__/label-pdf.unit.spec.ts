import { Writable } from "node:stream"
import { boxesOverlap, boxInside, labelPreset, labelPlacement, LABEL_TEXT, MM_PER_PT, type LabelPreset } from "@seleno/domain"
import { MISSING_GLYPH, planLabelSheet, writeLabelPdf, type LabelBatch, type LabelSheetPlan } from "../label-pdf"
import { readPdf, type PdfTextItem } from "./pdf-text"

const batch = (count: number, overrides: Partial<LabelBatch> = {}): LabelBatch => ({
  gtin: "06971234000019",
  lot: "L2026001",
  productName: "紫阳富硒茶 毛尖特级明前绿茶 250 克罐装",
  serials: Array.from({ length: count }, (_, i) => String(i + 1).padStart(4, "0")),
  url: (serial) => `http://localhost:8000/01/06971234000019/10/L2026001/21/${serial}`,
  ...overrides,
})

function plan(b: LabelBatch, preset: LabelPreset): LabelSheetPlan {
  const result = planLabelSheet(b, preset)
  if (!result.ok) throw new Error(result.message)
  return result.plan
}

async function render(b: LabelBatch, p: LabelSheetPlan): Promise<Buffer> {
  const chunks: Buffer[] = []
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk)
      callback()
    },
  })
  await writeLabelPdf(b, p, sink)
  return Buffer.concat(chunks)
}

const PT = 1 / MM_PER_PT
/** A text item's ink box in mm from the page's top-left (as the layout rule measures), given the page height in points. */
function itemBox(item: PdfTextItem, pageHeight: number) {
  const em = item.size
  return {
    x: item.x / PT,
    y: (pageHeight - item.y - LABEL_TEXT.ascent * em) / PT,
    width: item.width / PT,
    height: em / PT,
  }
}

describe("label sheet PDF", () => {
  it("prints 50 labels on 70 × 42.4 mm stock: 3 A4 pages, every serial on its own label, nothing crossing a label's edge", async () => {
    const preset = labelPreset("70x42.4")!
    const b = batch(50)
    const p = plan(b, preset)
    const pdf = await render(b, p)
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-")
    const { pages, pageSize, items } = await readPdf(pdf)
    expect(pages).toBe(3)
    expect(pageSize[0]).toBeCloseTo(595.28, 1)
    expect(pageSize[1]).toBeCloseTo(841.89, 1)

    // Each serial's code line is on the page and in the label the layout rule gives it.
    for (const [index, serial] of b.serials.entries()) {
      const found = items.filter((item) => item.text === `(21)${serial}`)
      expect(found).toHaveLength(1)
      const { page, box } = labelPlacement(preset, index)
      expect(found[0]!.page).toBe(page + 1)
      expect(boxInside(itemBox(found[0]!, pageSize[1]), box)).toBe(true)
    }
    // Every piece of text lies inside exactly one label, right of that label's QR code, and inside the page.
    const sheet = { x: 0, y: 0, width: 210, height: 297 }
    for (const item of items) {
      const box = itemBox(item, pageSize[1])
      expect(boxInside(box, sheet)).toBe(true)
      const holders = Array.from({ length: 21 }, (_, i) => labelPlacement(preset, i).box).filter((label) => boxesOverlap(box, label))
      expect(holders).toHaveLength(1)
      expect(boxInside(box, holders[0]!)).toBe(true)
      expect(box.x).toBeGreaterThanOrEqual(holders[0]!.x + p.layout.qr.x + p.layout.qr.width)
    }
    expect(items.filter((i) => i.text === "(01)06971234000019")).toHaveLength(50)
    expect(items.filter((i) => i.text === "(10)L2026001")).toHaveLength(50)
  })

  it("keeps the Chinese product name as text, shortened with an ellipsis on a small label", async () => {
    const b = batch(3)
    const roomy = await readPdf(await render(b, plan(b, labelPreset("105x57")!)))
    expect(roomy.items.map((i) => i.text).join("")).toContain("紫阳富硒茶")
    const long = batch(3, { productName: "紫阳富硒茶 毛尖特级明前绿茶 二〇二六年春季头采 高山有机茶园 250 克礼盒装" })
    const small = await readPdf(await render(long, plan(long, labelPreset("50x30")!)))
    // Two name lines per label: the start of the name, then its last line ending in an ellipsis.
    expect(small.items.filter((i) => i.text.startsWith("紫阳富硒茶"))).toHaveLength(3)
    const shortened = small.items.filter((i) => i.text.endsWith("…"))
    expect(shortened).toHaveLength(3)
    expect(shortened[0]!.text.length).toBeGreaterThan(1)
  })

  it("prints a character the font lacks as a box instead of dropping it", async () => {
    const b = batch(1, { productName: "𠀀紫阳茶" })
    const { items } = await readPdf(await render(b, plan(b, labelPreset("70x42.4")!)))
    expect(items.map((i) => i.text)).toContain(`${MISSING_GLYPH}紫阳茶`)
  })

  it("fills every preset without labels crossing each other or the page edge", async () => {
    for (const id of ["63.5x38.1", "99.1x38.1", "50x30", "70x37"]) {
      const preset = labelPreset(id)!
      const b = batch(preset.columns * preset.rows + 1)
      const { pages, pageSize, items } = await readPdf(await render(b, plan(b, preset)))
      expect(pages).toBe(2)
      const serials = items.filter((i) => i.text.startsWith("(21)"))
      expect(serials.map((i) => i.text)).toEqual(b.serials.map((s) => `(21)${s}`))
      for (const item of items) {
        const box = itemBox(item, pageSize[1])
        const holders = Array.from({ length: preset.columns * preset.rows }, (_, i) => labelPlacement(preset, i).box).filter((label) => boxInside(box, label))
        expect(holders).toHaveLength(1)
      }
    }
  })

  it("refuses a label too small for the batch's codes before writing anything", () => {
    const result = planLabelSheet(batch(5, { lot: "L2026-0001-ABCDEFGHI" }), labelPreset("38.1x21.2")!)
    expect(result).toMatchObject({ ok: false, code: "label_too_small", params: { size: "38.1x21.2" } })
  })
})
