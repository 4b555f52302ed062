import { MM_PER_PT, type Box, type LabelPreset } from "./label-layout"

/** Width in points of `text` set at `sizePt` in the label font. */
export type MeasureText = (text: string, sizePt: number) => number

/**
 * Text sizes: the largest that fits up to `maxPt`; the QR code shrinks (down to QR_MIN_MM) before
 * text goes below `comfortPt`; below `minPt` a label is refused. `ascent` is the font's
 * ideographic top above the baseline (Noto Sans CJK: 0.88 em); a line is 1 em tall and lines are
 * `lineAdvance` em apart.
 */
export const LABEL_TEXT = { maxPt: 9, comfortPt: 7, minPt: 5, stepPt: 0.25, lineAdvance: 1.2, ascent: 0.88 } as const
/** Edge padding inside a label, the gap between QR and text, and the smallest QR printed (≈ 0.4 mm modules). */
export const LABEL_SPACING = { paddingMm: 2, gapMm: 1.5, qrMinMm: 15, qrStepMm: 0.5 } as const
/** A label shows the GS1 human-readable codes (never clipped) under up to this many lines of name. */
export const LABEL_NAME_MAX_LINES = 2

/** The GS1 human-readable lines under the QR code's data: (01) GTIN, (10) lot, (21) serial. */
export function labelCodeLines(fields: { gtin: string; lot: string; serial: string }): [string, string, string] {
  return [`(01)${fields.gtin}`, `(10)${fields.lot}`, `(21)${fields.serial}`]
}

export interface LabelContentLayout {
  /** The QR code's square, quiet zone included, relative to the label's top-left. */
  qr: Box
  /** The text column. */
  text: Box
  fontSizePt: number
  /** How many name lines fit above the three code lines (0 when the name is empty). */
  nameLines: number
  /** Baselines from the label's top: the name lines first, then the three code lines. */
  baselines: number[]
}

export type LabelFit =
  | { ok: true; layout: LabelContentLayout }
  | { ok: false; code: "label_too_small"; params: { size: string; min_pt: number }; message: string }

/** Height in mm of `lines` lines of text at `sizePt`. */
export function textBlockHeight(lines: number, sizePt: number): number {
  return lines === 0 ? 0 : ((lines - 1) * LABEL_TEXT.lineAdvance + 1) * sizePt * MM_PER_PT
}

/** The largest size (on the step grid) at which every code line fits the column's width and four lines its height. */
function largestSize(codeLines: readonly string[], columnMm: number, heightMm: number, measure: MeasureText): number | null {
  const widthPt = columnMm / MM_PER_PT
  for (let size = LABEL_TEXT.maxPt; size >= LABEL_TEXT.minPt - 1e-9; size -= LABEL_TEXT.stepPt) {
    const fitsWidth = codeLines.every((line) => measure(line, size) <= widthPt + 1e-9)
    if (fitsWidth && textBlockHeight(codeLines.length + 1, size) <= heightMm + 1e-9) return size
  }
  return null
}

/**
 * Sizes a preset's labels for a batch: `codeLines` are the widest code lines of the batch (its
 * longest serial), so every label of the batch shares one layout. The QR takes the label's height
 * (at most half its width); it shrinks towards QR_MIN_MM while the codes would be smaller than
 * comfortPt; a label whose codes need less than minPt is refused.
 */
export function fitLabelContent(preset: LabelPreset, codeLines: readonly string[], hasName: boolean, measure: MeasureText): LabelFit {
  const pad = LABEL_SPACING.paddingMm
  const inner = { width: preset.width - 2 * pad, height: preset.height - 2 * pad }
  const qrMax = Math.min(inner.height, inner.width / 2)
  let chosen: { qr: number; size: number } | null = null
  for (let qr = qrMax; qr >= LABEL_SPACING.qrMinMm - 1e-9; qr -= LABEL_SPACING.qrStepMm) {
    const size = largestSize(codeLines, inner.width - qr - LABEL_SPACING.gapMm, inner.height, measure)
    if (size !== null) chosen = { qr, size }
    if (size !== null && size >= LABEL_TEXT.comfortPt) break
  }
  if (!chosen) {
    return {
      ok: false,
      code: "label_too_small",
      params: { size: preset.id, min_pt: LABEL_TEXT.minPt },
      message: `Labels of ${preset.id} mm cannot hold a ${LABEL_SPACING.qrMinMm} mm QR code and this batch's GTIN, lot and serial at ${LABEL_TEXT.minPt} pt or larger; choose a larger label size`,
    }
  }
  return { ok: true, layout: arrange(preset, chosen.qr, chosen.size, codeLines.length, hasName) }
}

function arrange(preset: LabelPreset, qr: number, size: number, codeCount: number, hasName: boolean): LabelContentLayout {
  const pad = LABEL_SPACING.paddingMm
  const innerHeight = preset.height - 2 * pad
  const textX = pad + qr + LABEL_SPACING.gapMm
  let nameLines = hasName ? LABEL_NAME_MAX_LINES : 0
  while (nameLines > 0 && textBlockHeight(codeCount + nameLines, size) > innerHeight + 1e-9) nameLines--
  const lines = codeCount + nameLines
  const top = pad + (innerHeight - textBlockHeight(lines, size)) / 2
  const em = size * MM_PER_PT
  return {
    qr: { x: pad, y: pad + (innerHeight - qr) / 2, width: qr, height: qr },
    text: { x: textX, y: pad, width: preset.width - pad - textX, height: innerHeight },
    fontSizePt: size,
    nameLines,
    baselines: Array.from({ length: lines }, (_, i) => top + LABEL_TEXT.ascent * em + i * LABEL_TEXT.lineAdvance * em),
  }
}

const ELLIPSIS = "…"

/**
 * A product name broken into at most `maxLines` lines of `widthPt`, character by character (Chinese
 * has no spaces to break at); what does not fit ends the last line with an ellipsis.
 */
export function fitNameLines(name: string, widthPt: number, maxLines: number, sizePt: number, measure: MeasureText): string[] {
  const chars = Array.from(name.trim())
  const lines: string[] = []
  let at = 0
  while (at < chars.length && lines.length < maxLines) {
    let end = at
    while (end < chars.length && measure(chars.slice(at, end + 1).join(""), sizePt) <= widthPt) end++
    if (end === at) break // not even one character fits
    const last = lines.length === maxLines - 1
    if (last && end < chars.length) {
      while (end > at && measure(chars.slice(at, end).join("") + ELLIPSIS, sizePt) > widthPt) end--
      lines.push(chars.slice(at, end).join("").trimEnd() + ELLIPSIS)
      return lines
    }
    lines.push(chars.slice(at, end).join("").trim())
    at = end
  }
  return lines
}
