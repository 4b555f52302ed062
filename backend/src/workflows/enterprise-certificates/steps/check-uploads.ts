import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { storedFilename, uploadProblem, UPLOAD_LIMITS, type UploadMimeType } from "../upload-rules"

export interface EnterpriseUploadFile {
  filename: string
  mimeType: string
  /** Base64, as Medusa's own upload route hands files to the file module. */
  content: string
}

/**
 * Refuses the whole request when any file breaks the rules (so nothing is half-uploaded) and
 * returns what to give the file module: safe names, public access.
 */
export const checkUploadsStep = createStep(
  "check-enterprise-uploads",
  async (input: { enterprise_id: string; files: EnterpriseUploadFile[] }) => {
    if (input.files.length === 0) throw new MedusaError(MedusaError.Types.INVALID_DATA, "files: no file was uploaded; send them as multipart/form-data field \"files\"")
    if (input.files.length > UPLOAD_LIMITS.maxFiles) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `files: at most ${UPLOAD_LIMITS.maxFiles} files per request`)
    }
    const problems = input.files
      .map((file) => {
        const content = Buffer.from(file.content, "base64")
        return uploadProblem({ filename: file.filename, mimeType: file.mimeType, size: content.length, content })
      })
      .filter((p): p is string => p !== null)
    if (problems.length > 0) throw new MedusaError(MedusaError.Types.INVALID_DATA, `files: ${problems.join("; ")}`)
    return new StepResponse(
      input.files.map((file) => ({
        filename: storedFilename(input.enterprise_id, file.filename, file.mimeType as UploadMimeType),
        mimeType: file.mimeType,
        content: file.content,
        access: "public" as const,
      }))
    )
  }
)
