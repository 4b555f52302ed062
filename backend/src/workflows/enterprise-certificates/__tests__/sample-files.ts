import { textPdf } from "../../../lib/pdf/text-pdf"

/**
 * Real, minimal files for tests: a one-page PDF with a correct cross-reference table, and a complete
 * 1×1 PNG (IHDR, IDAT, IEND with their CRCs). Built here rather than stored, so the bytes are readable.
 */
export function minimalPdf(text = "Selenium test report"): Buffer {
  return textPdf([text])
}

export const MINIMAL_PNG = Buffer.from(
  "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c63d0cfb6ff0f00037f01d9e27961100000000049454e44ae426082",
  "hex"
)

/** A baseline JPEG's start: SOI, an APP0 segment, then a frame header of 2×3 pixels. */
export const MINIMAL_JPEG_HEAD = Buffer.from("ffd8ffe000104a46494600010100000100010000ffc0000b080003000201011100ffd9", "hex")
