import { describe, expect, it } from "vitest"
import { fitLabelContent, fitNameLines, LABEL_SPACING, LABEL_TEXT, labelCodeLines, textBlockHeight, type MeasureText } from "./label-content"
import {
  boxesOverlap,
  chooseLabelPreset,
  boxInside,
  DEFAULT_LABEL_PRESET,
  LABEL_PRESETS,
  labelPageCount,
  labelPlacement,
  labelPreset,
  labelsPerPage,
  MM_PER_PT,
  presetGeometryProblems,
  type LabelPreset,
} from "./label-layout"

/** A stand-in for the font: ASCII 0.55 em, anything else (hanzi, ellipsis) 1 em. */
const measure: MeasureText = (text, size) => Array.from(text).reduce((w, c) => w + (c.charCodeAt(0) < 128 ? 0.55 : 1), 0) * size
const codes = labelCodeLines({ gtin: "06971234000019", lot: "L2026001", serial: "0013" })

describe("label presets", () => {
  it("every preset's labels lie on the A4 sheet without overlapping", () => {
    for (const preset of LABEL_PRESETS) expect(presetGeometryProblems(preset)).toEqual([])
  })

  it("finds the problems of a preset whose grid is wrong", () => {
    const wrong: LabelPreset = { id: "bad", width: 70, height: 42.4, columns: 3, rows: 8, left: 0, top: 0, pitchX: 69, pitchY: 42.4 }
    const problems = presetGeometryProblems(wrong)
    expect(problems).toContain("bad: label 22 leaves the A4 sheet")
    expect(problems).toContain("bad: labels 1 and 2 overlap")
  })

  it("places labels row by row and starts a new page after a full sheet", () => {
    const preset = labelPreset("70x42.4")!
    expect(labelsPerPage(preset)).toBe(21)
    expect(labelPlacement(preset, 0)).toEqual({ page: 0, box: { x: 0, y: 0.1, width: 70, height: 42.4 } })
    expect(labelPlacement(preset, 4).box).toMatchObject({ x: 70, y: 0.1 + 42.4 })
    expect(labelPlacement(preset, 21)).toEqual({ page: 1, box: labelPlacement(preset, 0).box })
    expect(labelPageCount(preset, 200)).toBe(10)
    expect(labelPageCount(preset, 21)).toBe(1)
    expect(labelPageCount(preset, 0)).toBe(1)
  })

  it("knows the default and refuses unknown ids", () => {
    expect(labelPreset(DEFAULT_LABEL_PRESET)).toBeDefined()
    expect(labelPreset("70x42")).toBeUndefined()
    expect(new Set(LABEL_PRESETS.map((p) => p.id)).size).toBe(LABEL_PRESETS.length)
  })
})

describe("fitLabelContent", () => {
  it("keeps the QR code, the text column and every line inside the label on every preset", () => {
    for (const preset of LABEL_PRESETS) {
      const fit = fitLabelContent(preset, codes, true, measure)
      if (!fit.ok) throw new Error(`${preset.id}: ${fit.message}`)
      const { qr, text, fontSizePt, baselines } = fit.layout
      const label = { x: 0, y: 0, width: preset.width, height: preset.height }
      expect(boxInside(qr, label)).toBe(true)
      expect(boxInside(text, label)).toBe(true)
      expect(boxesOverlap(qr, text)).toBe(false)
      expect(qr.width).toBeGreaterThanOrEqual(LABEL_SPACING.qrMinMm)
      expect(fontSizePt).toBeGreaterThanOrEqual(LABEL_TEXT.minPt)
      const em = fontSizePt * MM_PER_PT
      for (const baseline of baselines) {
        expect(baseline - LABEL_TEXT.ascent * em).toBeGreaterThanOrEqual(text.y - 1e-9)
        expect(baseline + (1 - LABEL_TEXT.ascent) * em).toBeLessThanOrEqual(text.y + text.height + 1e-9)
      }
      for (const line of codes) expect(measure(line, fontSizePt) * MM_PER_PT).toBeLessThanOrEqual(text.width + 1e-9)
    }
  })

  it("gives a roomy label the largest text and the full-height QR code", () => {
    const fit = fitLabelContent(labelPreset("105x57")!, codes, true, measure)
    expect(fit.ok && fit.layout.fontSizePt).toBe(LABEL_TEXT.maxPt)
    // The QR code takes the label's inner height, but at most half its inner width.
    expect(fit.ok && fit.layout.qr.width).toBeCloseTo(Math.min(57 - 4, (105 - 4) / 2))
    expect(fit.ok && fit.layout.nameLines).toBe(2)
  })

  it("shrinks the text for a long lot, and the QR code before the text goes below the comfortable size", () => {
    const preset = labelPreset("50x30")!
    const fit = (lot: string) => {
      const result = fitLabelContent(preset, labelCodeLines({ gtin: "06971234000019", lot, serial: "0013" }), true, measure)
      if (!result.ok) throw new Error(result.message)
      return result.layout
    }
    const short = fit("L1")
    const longer = fit("L2026-0001-ABCDEF") // wider than the GTIN line
    const longest = fit("L2026-0001-ABCDEFGHI")
    expect(longer.qr.width).toBeLessThan(short.qr.width)
    expect(longer.fontSizePt).toBeGreaterThanOrEqual(LABEL_TEXT.comfortPt)
    expect(longest.qr.width).toBeCloseTo(LABEL_SPACING.qrMinMm)
    expect(longest.fontSizePt).toBeLessThan(LABEL_TEXT.comfortPt)
  })

  it("refuses with a code when the codes need less than the minimum size", () => {
    const lot = "L2026-0001-ABCDEFGHI" // 20 characters, the longest lot
    const fit = fitLabelContent(labelPreset("38.1x21.2")!, labelCodeLines({ gtin: "06971234000019", lot, serial: "00001" }), true, measure)
    expect(fit).toMatchObject({ ok: false, code: "label_too_small", params: { size: "38.1x21.2", min_pt: LABEL_TEXT.minPt } })
  })

  it("drops name lines before the codes when the label is short", () => {
    const short: LabelPreset = { id: "60x20", width: 60, height: 20, columns: 3, rows: 14, left: 15, top: 8.5, pitchX: 60, pitchY: 20 }
    const fit = fitLabelContent(short, codes, true, measure)
    if (!fit.ok) throw new Error(fit.message)
    expect(fit.layout.nameLines).toBeLessThan(2)
    expect(textBlockHeight(3 + fit.layout.nameLines, fit.layout.fontSizePt)).toBeLessThanOrEqual(16 + 1e-9)
  })
})

describe("fitNameLines", () => {
  it("keeps a name that fits, whole", () => {
    expect(fitNameLines("紫阳毛尖", 100, 2, 8, measure)).toEqual(["紫阳毛尖"])
  })

  it("breaks a long name into lines and ends the last with an ellipsis that fits", () => {
    const lines = fitNameLines("紫阳富硒茶毛尖特级明前绿茶二百五十克罐装", 40, 2, 8, measure)
    expect(lines).toEqual(["紫阳富硒茶", "毛尖特级…"])
    for (const line of lines) expect(measure(line, 8)).toBeLessThanOrEqual(40)
  })

  it("returns no line for an empty name", () => {
    expect(fitNameLines("  ", 40, 2, 8, measure)).toEqual([])
  })
})

describe("chooseLabelPreset", () => {
  it("answers the default for no size, the named preset, or a refusal listing every size", () => {
    expect(chooseLabelPreset(undefined)).toMatchObject({ ok: true, preset: { id: DEFAULT_LABEL_PRESET } })
    expect(chooseLabelPreset("50x30")).toMatchObject({ ok: true, preset: { id: "50x30", columns: 4, rows: 9 } })
    const refused = chooseLabelPreset("A4")
    expect(refused).toMatchObject({ ok: false, code: "label_size_unknown", params: { size: "A4" } })
    if (!refused.ok) for (const preset of LABEL_PRESETS) expect(refused.params.sizes).toContain(preset.id)
  })
})
