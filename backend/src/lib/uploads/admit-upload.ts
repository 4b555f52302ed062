import type { FileProblemCode } from "@seleno/domain"
import sharp from "sharp"
import { sniffFile, type SniffedType } from "../../workflows/enterprise-certificates/file-sniff"
import { checkUpload, storedFilename, type UploadPolicy } from "../../workflows/enterprise-certificates/upload-rules"

/** A file as it will be stored: checked bytes (re-encoded for images), its real type, a safe name. */
export interface AdmittedUpload {
  content: Buffer
  mimeType: SniffedType
  filename: string
}

export type Refusal = { code: FileProblemCode; message: string }

/** Large enough for any photograph a phone takes, small enough that a decompression bomb is refused. */
const MAX_INPUT_PIXELS = 50_000_000

/**
 * The one gate every upload passes (Medusa's POST /admin/uploads for all staff, POST
 * /enterprise/uploads): the bytes must show a type the policy allows (upload-rules), and an image is
 * decoded and encoded again, so what is stored is pixels only: EXIF (GPS position, camera serial),
 * comments and anything appended after the image (an HTML page, a ZIP) are gone. PDFs and MP4s are
 * stored as sent once their structure checked out; they are served as downloads, never inline.
 */
export async function admitUpload(file: { filename: string; content: Buffer }, policy: UploadPolicy, namePrefix: string | null = null): Promise<AdmittedUpload | Refusal> {
  const verdict = checkUpload({ filename: file.filename, size: file.content.length, content: file.content }, policy)
  if ("code" in verdict) return verdict
  const content = verdict.type.startsWith("image/") ? await reencode(file.content, verdict.type) : file.content
  if (!content) return { code: "file_not_image", message: `"${file.filename}" has an image signature but could not be decoded as an image; export it again as JPEG or PNG` }
  return { content, mimeType: verdict.type, filename: storedFilename(namePrefix, file.filename, verdict.type) }
}

export function isRefusal(result: AdmittedUpload | Refusal): result is Refusal {
  return "code" in result
}

async function reencode(content: Buffer, type: SniffedType): Promise<Buffer | null> {
  const animated = type === "image/gif" || type === "image/webp"
  try {
    let image = sharp(content, { failOn: "error", limitInputPixels: MAX_INPUT_PIXELS, animated })
    // Turn the picture as its EXIF orientation says before that tag is dropped with the rest.
    if (!animated) image = image.rotate()
    switch (type) {
      case "image/png":
        image = image.png()
        break
      case "image/jpeg":
        image = image.jpeg({ quality: 90 })
        break
      case "image/webp":
        image = image.webp({ quality: 90 })
        break
      case "image/gif":
        image = image.gif()
        break
      default:
        return null
    }
    const output = await image.toBuffer()
    // sharp writes the format asked for; check anyway, the stored extension depends on it.
    const again = sniffFile(output)
    return "type" in again && again.type === type ? output : null
  } catch {
    return null
  }
}
