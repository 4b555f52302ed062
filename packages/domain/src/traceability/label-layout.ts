/**
 * Package-label sheets (issue 20): which A4 label stock Seleno prints on, where each label sits on
 * the sheet, and how a label's QR code and text are sized so that the codes are never clipped.
 * All lengths are millimetres from the sheet's (or label's) top-left corner; font sizes are points.
 * Pure: the renderer passes its own text measurer (the embedded font's advance widths).
 */

export const MM_PER_PT = 25.4 / 72
export const A4_MM = { width: 210, height: 297 } as const

/** A sheet of die-cut labels: label size, grid, and the offsets printed on the stock's box. */
export interface LabelPreset {
  /** What `?size=` names: width × height in mm. */
  id: string
  width: number
  height: number
  columns: number
  rows: number
  /** From the sheet's left/top edge to the first label. */
  left: number
  top: number
  /** From one label's left/top edge to the next one's (label size plus the gap). */
  pitchX: number
  pitchY: number
}

/**
 * Common A4 label stock sold in China (A4 21格, 24格 …) and its Avery equivalents. Offsets are the
 * makers' published ones; a printer that shifts the page is corrected in its own dialog ("actual
 * size", no scaling).
 */
export const LABEL_PRESETS = [
  { id: "70x42.4", width: 70, height: 42.4, columns: 3, rows: 7, left: 0, top: 0.1, pitchX: 70, pitchY: 42.4 },
  { id: "70x37", width: 70, height: 37, columns: 3, rows: 8, left: 0, top: 0.5, pitchX: 70, pitchY: 37 },
  { id: "63.5x38.1", width: 63.5, height: 38.1, columns: 3, rows: 7, left: 7.2, top: 15.15, pitchX: 66, pitchY: 38.1 },
  { id: "99.1x38.1", width: 99.1, height: 38.1, columns: 2, rows: 7, left: 4.65, top: 15.15, pitchX: 101.6, pitchY: 38.1 },
  { id: "105x57", width: 105, height: 57, columns: 2, rows: 5, left: 0, top: 6, pitchX: 105, pitchY: 57 },
  { id: "50x30", width: 50, height: 30, columns: 4, rows: 9, left: 5, top: 13.5, pitchX: 50, pitchY: 30 },
  { id: "38.1x21.2", width: 38.1, height: 21.2, columns: 5, rows: 13, left: 4.75, top: 10.7, pitchX: 40.6, pitchY: 21.2 },
] as const satisfies readonly LabelPreset[]

export type LabelPresetId = (typeof LABEL_PRESETS)[number]["id"]
export const LABEL_PRESET_IDS: readonly LabelPresetId[] = LABEL_PRESETS.map((p) => p.id)
export const DEFAULT_LABEL_PRESET: LabelPresetId = "70x42.4"

/** Refusals of a label request, translated by the admin and the portal. */
export const LABEL_PROBLEM_CODES = ["label_size_unknown", "label_too_small"] as const
export type LabelProblemCode = (typeof LABEL_PROBLEM_CODES)[number]

export function labelPreset(id: string): LabelPreset | undefined {
  return LABEL_PRESETS.find((p) => p.id === id)
}

export interface Box {
  x: number
  y: number
  width: number
  height: number
}

export function labelsPerPage(preset: LabelPreset): number {
  return preset.columns * preset.rows
}

/** Pages a batch of `count` labels needs (a sheet with no label is still one page). */
export function labelPageCount(preset: LabelPreset, count: number): number {
  return Math.max(1, Math.ceil(count / labelsPerPage(preset)))
}

/** Where the label number `index` (0-based, in print order: row by row) goes. */
export function labelPlacement(preset: LabelPreset, index: number): { page: number; box: Box } {
  const perPage = labelsPerPage(preset)
  const slot = index % perPage
  const column = slot % preset.columns
  const row = Math.floor(slot / preset.columns)
  return {
    page: Math.floor(index / perPage),
    box: { x: preset.left + column * preset.pitchX, y: preset.top + row * preset.pitchY, width: preset.width, height: preset.height },
  }
}

const EPSILON = 1e-6

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width - EPSILON && b.x < a.x + a.width - EPSILON && a.y < b.y + b.height - EPSILON && b.y < a.y + a.height - EPSILON
}

export function boxInside(inner: Box, outer: Box): boolean {
  return (
    inner.x >= outer.x - EPSILON &&
    inner.y >= outer.y - EPSILON &&
    inner.x + inner.width <= outer.x + outer.width + EPSILON &&
    inner.y + inner.height <= outer.y + outer.height + EPSILON
  )
}

/** What is wrong with a preset's arithmetic: a label off the A4 sheet, or two labels overlapping. */
export function presetGeometryProblems(preset: LabelPreset): string[] {
  const sheet = { x: 0, y: 0, ...A4_MM }
  const boxes = Array.from({ length: labelsPerPage(preset) }, (_, i) => labelPlacement(preset, i).box)
  const problems = boxes.flatMap((box, i) => (boxInside(box, sheet) ? [] : [`${preset.id}: label ${i + 1} leaves the A4 sheet`]))
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b, j) => {
      if (boxesOverlap(a, b)) problems.push(`${preset.id}: labels ${i + 1} and ${i + j + 2} overlap`)
    })
  )
  return problems
}

/** What a label route answers: the PDF sheet of the whole batch, or one page as SVG (the older format). */
export const LABEL_FORMATS = ["svg", "pdf"] as const
export type LabelFormat = (typeof LABEL_FORMATS)[number]

export type LabelPresetChoice =
  | { ok: true; preset: LabelPreset }
  | { ok: false; code: "label_size_unknown"; params: { size: string; sizes: string }; message: string }

/** The preset `?size=` names (the default when absent), or a refusal listing the sizes there are. */
export function chooseLabelPreset(size: string | undefined): LabelPresetChoice {
  const preset = labelPreset(size ?? DEFAULT_LABEL_PRESET)
  if (preset) return { ok: true, preset }
  const sizes = LABEL_PRESET_IDS.join(", ")
  return { ok: false, code: "label_size_unknown", params: { size: String(size), sizes }, message: `Unknown label size "${size}"; choose one of ${sizes} (mm)` }
}

/** A preset as people name their stock, the same in every language: "70 × 42.4 mm · 3 × 7". */
export function labelPresetTitle(preset: LabelPreset): string {
  return `${preset.width} × ${preset.height} mm · ${preset.columns} × ${preset.rows}`
}
