import type { FileProblemCode } from "@seleno/domain"

/**
 * What a file really is, decided from its bytes alone (the declared MIME type is the client's word):
 * a PDF that has a header, at least one object, a cross-reference pointer and an end-of-file
 * trailer, a PNG, JPEG, WebP or GIF image whose dimensions can be read, or an MP4 video (an ISO
 * base media file whose first box is `ftyp` with an MP4 brand).
 */
export type SniffedType = "application/pdf" | "image/png" | "image/jpeg" | "image/webp" | "image/gif" | "video/mp4" | "text/csv"

export type Sniffed = { type: SniffedType; width?: number; height?: number } | { problem: FileProblemCode; reason: string }

/** Smaller than any real PDF: a header, one object, an xref pointer and the trailer take more. */
export const MIN_PDF_BYTES = 100

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

export function sniffFile(content: Buffer): Sniffed {
  if (content.length === 0) return { problem: "file_empty", reason: "is empty" }
  const head = content.subarray(0, 5).toString("latin1")
  if (head === "%PDF-") return sniffPdf(content)
  if (content.subarray(0, 8).equals(PNG_SIGNATURE)) return image("image/png", pngSize(content))
  if (content[0] === 0xff && content[1] === 0xd8 && content[2] === 0xff) return image("image/jpeg", jpegSize(content))
  if (head.startsWith("RIFF") && content.subarray(8, 12).toString("latin1") === "WEBP") return image("image/webp", webpSize(content))
  if (head === "GIF87" || head === "GIF89") return image("image/gif", content.length >= 10 ? { width: content.readUInt16LE(6), height: content.readUInt16LE(8) } : null)
  if (content.subarray(4, 8).toString("latin1") === "ftyp") return sniffMp4(content)
  return { problem: "file_type", reason: "is not a PDF, a PNG, JPEG, WebP or GIF image, or an MP4 video" }
}

type Size = { width: number; height: number } | null

function image(type: SniffedType, size: Size): Sniffed {
  if (!size || size.width <= 0 || size.height <= 0) {
    return { problem: "file_not_image", reason: `has a ${type.slice(6).toUpperCase()} signature but no readable dimensions` }
  }
  return { type, ...size }
}

function sniffPdf(content: Buffer): Sniffed {
  const text = content.toString("latin1")
  const fail = (reason: string): Sniffed => ({ problem: "file_not_pdf", reason: `is not a complete PDF: ${reason}` })
  if (!/^%PDF-[12]\.\d/.test(text)) return fail("its header has no version")
  if (content.length < MIN_PDF_BYTES) return fail(`only ${content.length} bytes`)
  if (!/\d+\s+\d+\s+obj\b[\s\S]*?\bendobj\b/.test(text)) return fail("it has no object")
  // A PDF ends with the %%EOF marker (maybe followed by a line break or a little padding).
  const tail = text.slice(-1024)
  if (!tail.includes("%%EOF")) return fail("no %%EOF trailer")
  if (!/startxref\s+\d+/.test(tail)) return fail("no cross-reference pointer (startxref)")
  return { type: "application/pdf" }
}

/** Major or compatible brands of MP4 files cameras, phones and encoders write (not QuickTime "qt  "). */
const MP4_BRANDS = new Set(["isom", "iso2", "iso3", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1", "M4V ", "dash", "mmp4", "MSNV"])

function sniffMp4(b: Buffer): Sniffed {
  const fail = (reason: string): Sniffed => ({ problem: "file_type", reason: `is not an MP4 video: ${reason}` })
  const boxSize = b.readUInt32BE(0)
  if (boxSize < 16 || boxSize > 4096 || boxSize > b.length || boxSize % 4 !== 0) return fail("its ftyp box has an impossible size")
  const brands = [b.subarray(8, 12).toString("latin1")]
  for (let at = 16; at + 4 <= boxSize; at += 4) brands.push(b.subarray(at, at + 4).toString("latin1"))
  if (!brands.some((brand) => MP4_BRANDS.has(brand))) return fail(`brand "${brands[0]}" is not MP4`)
  // The next box must be one an MP4 file has at the top level.
  const next = b.subarray(boxSize + 4, boxSize + 8).toString("latin1")
  if (!["moov", "mdat", "free", "skip", "wide", "uuid", "moof", "sidx", "pdin", "meta"].includes(next)) return fail("no movie box follows its ftyp box")
  return { type: "video/mp4" }
}

function pngSize(b: Buffer): Size {
  // The first chunk must be IHDR: 13 data bytes, width and height first.
  if (b.length < 24 + 5 || b.readUInt32BE(8) !== 13 || b.subarray(12, 16).toString("latin1") !== "IHDR") return null
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) }
}

function jpegSize(b: Buffer): Size {
  let offset = 2
  while (offset + 4 <= b.length) {
    if (b[offset] !== 0xff) return null
    const marker = b[offset + 1]!
    if (marker === 0xff) {
      offset += 1
      continue
    }
    if (marker === 0xd9 || marker === 0xda) return null // end of image or start of scan before any frame header
    const length = b.readUInt16BE(offset + 2)
    // Start-of-frame markers (SOF0–SOF15 except DHT C4, JPG C8 and DAC CC) carry the dimensions.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (offset + 9 > b.length) return null
      return { height: b.readUInt16BE(offset + 5), width: b.readUInt16BE(offset + 7) }
    }
    offset += 2 + length
  }
  return null
}

function webpSize(b: Buffer): Size {
  const chunk = b.subarray(12, 16).toString("latin1")
  if (chunk === "VP8X" && b.length >= 30) return { width: b.readUIntLE(24, 3) + 1, height: b.readUIntLE(27, 3) + 1 }
  if (chunk === "VP8L" && b.length >= 25 && b[20] === 0x2f) {
    const bits = b.readUInt32LE(21)
    return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 }
  }
  if (chunk === "VP8 " && b.length >= 30 && b[23] === 0x9d && b[24] === 0x01 && b[25] === 0x2a) {
    return { width: b.readUInt16LE(26) & 0x3fff, height: b.readUInt16LE(28) & 0x3fff }
  }
  return null
}

/**
 * Whether the bytes are plain UTF-8 text (tabs and line breaks allowed, no other control character):
 * what a CSV must be. Text has no signature, so callers also require the .csv name.
 */
export function isPlainText(content: Buffer): boolean {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(content)
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    return !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text)
  } catch {
    return false
  }
}

/**
 * What in a PDF could act when it is opened (script, launching programs, embedded files), or null.
 * Names inside compressed object streams are not visible here; viewers in a sandboxed download
 * (Content-Disposition: attachment, CSP sandbox) are the second line.
 */
export function pdfActiveContent(content: Buffer): string | null {
  const text = content.toString("latin1")
  const found: [RegExp, string][] = [
    [/\/(JavaScript|JS)\b/, "JavaScript"],
    [/\/Launch\b/, "a Launch action"],
    [/\/EmbeddedFiles?\b/, "an embedded file"],
    [/\/(RichMedia|XFA)\b/, "rich media or an XFA form"],
  ]
  return found.find(([pattern]) => pattern.test(text))?.[1] ?? null
}
