import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { codedError } from "../../../lib/coded-error"
import { checkUpload, storedFilename, UPLOAD_LIMITS, type UploadMimeType } from "../upload-rules"

export interface EnterpriseUploadFile {
  filename: string
  /** As the client declared it; recorded for reference only, the bytes decide the type. */
  mimeType: string
  /** Base64, as Medusa's own upload route hands files to the file module. */
  content: string
}

/**
 * Refuses the whole request when any file breaks the rules (so nothing is half-uploaded) and
 * returns what to give the file module: safe names, the type the bytes showed, public access.
 */
export const checkUploadsStep = createStep(
  "check-enterprise-uploads",
  async (input: { enterprise_id: string; files: EnterpriseUploadFile[] }) => {
    if (input.files.length === 0) throw new MedusaError(MedusaError.Types.INVALID_DATA, "files: no file was uploaded; send them as multipart/form-data field \"files\"")
    if (input.files.length > UPLOAD_LIMITS.maxFiles) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `files: at most ${UPLOAD_LIMITS.maxFiles} files per request`)
    }
    const verdicts = input.files.map((file) => {
      const content = Buffer.from(file.content, "base64")
      return { file, verdict: checkUpload({ filename: file.filename, size: content.length, content }) }
    })
    const refused = verdicts.flatMap(({ file, verdict }) => ("code" in verdict ? [{ file, ...verdict }] : []))
    if (refused.length > 0) {
      throw codedError({ code: refused[0]!.code, params: { file: refused[0]!.file.filename }, message: `files: ${refused.map((r) => r.message).join("; ")}` })
    }
    return new StepResponse(
      verdicts.map(({ file, verdict }) => {
        const type = (verdict as { type: UploadMimeType }).type
        return { filename: storedFilename(input.enterprise_id, file.filename, type), mimeType: type, content: file.content, access: "public" as const }
      })
    )
  }
)
