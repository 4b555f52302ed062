import type { Writable } from "node:stream"
import { labelFontPath } from "@seleno/label-font"
import {
  fitLabelContent,
  fitNameLines,
  labelCodeLines,
  labelPageCount,
  labelPlacement,
  MM_PER_PT,
  type LabelContentLayout,
  type LabelFit,
  type LabelPreset,
  type MeasureText,
} from "@seleno/domain"
import * as fontkit from "fontkit"
import PDFDocument from "pdfkit"
import QRCode from "qrcode"

/** The batch a sheet prints: one label per serial, in the order given. */
export interface LabelBatch {
  gtin: string
  lot: string
  productName: string
  serials: readonly string[]
  /** The GS1 Digital Link URI a serial's QR code opens. */
  url: (serial: string) => string
}

export interface LabelSheetPlan {
  preset: LabelPreset
  layout: LabelContentLayout
  pages: number
  nameLines: string[]
}

/** Characters the embedded subset lacks print as this box (it is in GB2312, so in the font). */
export const MISSING_GLYPH = "□"

const font = loadFont()
const widthAtOnePt = new Map<string, number>()

function loadFont(): fontkit.Font {
  const loaded = fontkit.openSync(labelFontPath)
  if ("fonts" in loaded) throw new Error(`${labelFontPath} is a font collection, expected one font`)
  return loaded
}

/** Text in the font's repertoire: a rare hanzi or an emoji becomes MISSING_GLYPH instead of an invisible .notdef. */
export function printable(text: string): string {
  return Array.from(text, (c) => (font.hasGlyphForCodePoint(c.codePointAt(0)!) ? c : MISSING_GLYPH)).join("")
}

/** Advance width in points, as pdfkit sets it (fontkit layout, default features). */
export const measureText: MeasureText = (text, sizePt) => {
  let width = widthAtOnePt.get(text)
  if (width === undefined) {
    width = font.layout(text).advanceWidth / font.unitsPerEm
    if (widthAtOnePt.size < 10_000) widthAtOnePt.set(text, width)
  }
  return width * sizePt
}

/** The longest serial decides the batch's one layout (serials are short, mostly digits). */
function widestSerial(serials: readonly string[]): string {
  return serials.reduce((widest, s) => (measureText(s, 1) > measureText(widest, 1) ? s : widest), "")
}

/**
 * Checks the batch fits the preset before anything is written, so a refusal can still be a 400.
 * Returns the shared layout and the product name already fitted to it.
 */
export function planLabelSheet(batch: LabelBatch, preset: LabelPreset): { ok: true; plan: LabelSheetPlan } | Extract<LabelFit, { ok: false }> {
  const codes = labelCodeLines({ gtin: batch.gtin, lot: printable(batch.lot), serial: printable(widestSerial(batch.serials)) })
  const name = printable(batch.productName.trim())
  const fit = fitLabelContent(preset, codes, name.length > 0, measureText)
  if (!fit.ok) return fit
  const { layout } = fit
  const nameLines = fitNameLines(name, layout.text.width / MM_PER_PT, layout.nameLines, layout.fontSizePt, measureText)
  return { ok: true, plan: { preset, layout: { ...layout, nameLines: nameLines.length }, pages: labelPageCount(preset, batch.serials.length), nameLines } }
}

const pt = (mm: number) => mm / MM_PER_PT

/** Streams the sheet as a PDF into `out` (an HTTP response or a file); resolves when it is written. */
export function writeLabelPdf(batch: LabelBatch, plan: LabelSheetPlan, out: Writable): Promise<void> {
  const doc = new PDFDocument({
    size: "A4",
    margin: 0,
    autoFirstPage: false,
    info: { Title: `Labels ${batch.gtin} ${batch.lot} (${plan.preset.id} mm)`, Creator: "Seleno" },
  })
  const done = new Promise<void>((resolve, reject) => {
    out.on("finish", resolve)
    out.on("error", reject)
    doc.on("error", reject)
  })
  doc.pipe(out)
  doc.registerFont("label", labelFontPath)
  let page = -1
  batch.serials.forEach((serial, index) => {
    const { page: onPage, box } = labelPlacement(plan.preset, index)
    if (onPage !== page) {
      doc.addPage({ size: "A4", margin: 0 })
      doc.font("label").fontSize(plan.layout.fontSizePt).fillColor("black")
      page = onPage
    }
    drawLabel(doc, batch, plan, serial, box.x, box.y)
  })
  if (page < 0) doc.addPage({ size: "A4", margin: 0 })
  doc.end()
  return done
}

function drawLabel(doc: PDFKit.PDFDocument, batch: LabelBatch, plan: LabelSheetPlan, serial: string, x: number, y: number): void {
  const { layout } = plan
  drawQr(doc, batch.url(serial), x + layout.qr.x, y + layout.qr.y, layout.qr.width)
  const lines = [...plan.nameLines, ...labelCodeLines({ gtin: batch.gtin, lot: printable(batch.lot), serial: printable(serial) })]
  lines.forEach((line, i) => {
    doc.text(line, pt(x + layout.text.x), pt(y + layout.baselines[i]!), { lineBreak: false, baseline: "alphabetic" })
  })
}

/** The QR code as filled rectangles (one per run of dark modules), with a two-module quiet zone inside `size`. */
function drawQr(doc: PDFKit.PDFDocument, url: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: "M" })
  const n = modules.size
  const module = size / (n + 4)
  for (let row = 0; row < n; row++) {
    let run = -1
    for (let col = 0; col <= n; col++) {
      const dark = col < n && modules.data[row * n + col] === 1
      if (dark && run < 0) run = col
      if (!dark && run >= 0) {
        doc.rect(pt(x + (run + 2) * module), pt(y + (row + 2) * module), pt((col - run) * module), pt(module))
        run = -1
      }
    }
  }
  doc.fill("black")
}
