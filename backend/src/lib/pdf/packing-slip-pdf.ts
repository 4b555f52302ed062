import type { Writable } from "node:stream"
import { labelFontPath } from "@seleno/label-font"
import type { PackingSlipView } from "@seleno/domain"
import PDFDocument from "pdfkit"
import { measureText, printable } from "../../modules/traceability/label-pdf"
import { chinaTime } from "../settlement-period"
import type { OrderGraph, OrderPart } from "../enterprise-order-parts"

/**
 * Packing slips (装箱单) on A4, one order part per slip, each slip starting on a new page (a long
 * part runs onto more): the order number and date, the recipient as on the waybill, the part's items
 * with SKU, GTIN and quantity, and the waybill once the part is packed with one. Set in the label
 * sheets' embedded Noto Sans CJK SC subset (packages/label-font), so it prints offline and the same
 * everywhere; characters outside the subset print as □.
 */

const A4 = { width: 595.28, height: 841.89 }
const MARGIN = 48
// 499 pt between the margins. Codes (SKU, GTIN) shrink to fit before anything is cut.
const COLUMNS = [
  { key: "title", label: "商品 Item", width: 165 },
  { key: "variant", label: "规格 Variant", width: 80 },
  { key: "sku", label: "SKU", width: 130 },
  { key: "gtin", label: "GTIN", width: 80 },
  { key: "quantity", label: "数量 Qty", width: 44 },
] as const
const MIN_PT = 6

/** What a slip shows of an order part (its own items only); the address is the waybill's. */
export function packingSlipView(order: OrderGraph, part: OrderPart): PackingSlipView {
  const a = order.shipping_address as Record<string, string | null | undefined> | null | undefined
  const barcodes = new Map(((order.items ?? []) as OrderGraph[]).map((i) => [i.id as string, (i.variant_barcode as string | null | undefined) ?? null]))
  return {
    order_id: order.id,
    display_id: order.display_id,
    created_at: order.created_at,
    recipient: a
      ? {
          // first_name holds the recipient's full name (see the README's address notes).
          name: [a.first_name, a.last_name].filter(Boolean).join(" "),
          phone: a.phone ?? null,
          address: [a.province, a.city, a.address_2, a.address_1].filter(Boolean).join(" "),
          postal_code: a.postal_code ?? null,
        }
      : null,
    items: part.items.map((i) => ({
      title: i.product_title ?? i.title,
      variant_title: i.variant_title,
      sku: i.variant_sku,
      gtin: barcodes.get(i.id) ?? null,
      quantity: i.quantity,
    })),
    packed: part.fulfillments.length > 0,
    waybills: part.fulfillments.filter((f) => f.tracking_number).map((f) => ({ carrier: f.carrier?.name.zh ?? null, tracking_number: f.tracking_number! })),
  }
}

/**
 * Text that fits `width` points: at `size` if it can, else at the largest size down to MIN_PT
 * at which it does, else cut with … at MIN_PT. Answers the text and its size.
 */
function fit(text: string, width: number, size: number): { text: string; size: number } {
  const clean = printable(text)
  for (let pt = size; pt >= MIN_PT; pt -= 0.5) if (measureText(clean, pt) <= width) return { text: clean, size: pt }
  let cut = clean
  while (cut.length > 0 && measureText(`${cut}…`, MIN_PT) > width) cut = cut.slice(0, -1)
  return { text: `${cut}…`, size: MIN_PT }
}

function newPage(doc: PDFKit.PDFDocument): void {
  doc.addPage({ size: "A4", margin: 0 })
  doc.font("slip").fillColor("black")
}

function drawSlip(doc: PDFKit.PDFDocument, slip: PackingSlipView): void {
  newPage(doc)
  let y = MARGIN
  const line = (text: string, size: number, gap = 6) => {
    const fitted = fit(text, A4.width - 2 * MARGIN, size)
    doc.fontSize(fitted.size).text(fitted.text, MARGIN, y, { lineBreak: false })
    y += size + gap
  }
  line("装箱单 Packing slip", 18, 10)
  line(`订单号 Order: #${slip.display_id}    下单时间 Placed: ${chinaTime(slip.created_at)}`, 11)
  const r = slip.recipient
  line(`收件人 Recipient: ${r ? [r.name, r.phone].filter(Boolean).join("  ") : "—"}`, 11)
  if (r) line(`地址 Address: ${r.address}${r.postal_code ? `  ${r.postal_code}` : ""}`, 11)
  line(
    slip.waybills.length
      ? `运单 Waybill: ${slip.waybills.map((w) => `${w.carrier ?? ""} ${w.tracking_number}`.trim()).join("; ")}`
      : slip.packed
        ? "运单 Waybill: 已打包，运单号待填写 packed, waybill to come"
        : "运单 Waybill: 未打包 not packed yet",
    11,
    14
  )
  const header = () => {
    let x = MARGIN
    doc.fontSize(10)
    for (const c of COLUMNS) {
      doc.text(c.label, x, y, { lineBreak: false })
      x += c.width
    }
    y += 14
    doc.moveTo(MARGIN, y).lineTo(A4.width - MARGIN, y).lineWidth(0.5).stroke()
    y += 6
  }
  header()
  for (const item of slip.items) {
    if (y > A4.height - MARGIN - 20) {
      newPage(doc)
      y = MARGIN
      line(`#${slip.display_id} (续 continued)`, 11, 10)
      header()
    }
    const cells: Record<(typeof COLUMNS)[number]["key"], string> = {
      title: item.title,
      variant: item.variant_title ?? "",
      sku: item.sku ?? "",
      gtin: item.gtin ?? "",
      quantity: String(item.quantity),
    }
    let x = MARGIN
    for (const c of COLUMNS) {
      const fitted = fit(cells[c.key], c.width - 6, 10)
      doc.fontSize(fitted.size).text(fitted.text, x, y, { lineBreak: false })
      x += c.width
    }
    y += 18
  }
  const total = slip.items.reduce((sum, i) => sum + i.quantity, 0)
  y += 4
  line(`共 ${slip.items.length} 种 ${total} 件 · ${slip.items.length} lines, ${total} units`, 10)
}

/** Streams the slips (in the order given) as one PDF into `out`; resolves when written. */
export function writePackingSlipsPdf(slips: readonly PackingSlipView[], out: Writable): Promise<void> {
  const doc = new PDFDocument({ size: "A4", margin: 0, autoFirstPage: false, info: { Title: "Packing slips 装箱单", Creator: "Seleno" } })
  const done = new Promise<void>((resolve, reject) => {
    out.on("finish", resolve)
    out.on("error", reject)
    doc.on("error", reject)
  })
  doc.pipe(out)
  doc.registerFont("slip", labelFontPath)
  for (const slip of slips) drawSlip(doc, slip)
  doc.end()
  return done
}
