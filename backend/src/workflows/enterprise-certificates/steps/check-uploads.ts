import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { codedError } from "../../../lib/coded-error"
import { admitUpload, isRefusal, type AdmittedUpload, type Refusal } from "../../../lib/uploads/admit-upload"
import { CERTIFICATION_MODULE } from "../../../modules/certification"
import type CertificationModuleService from "../../../modules/certification/service"
import { ENTERPRISE_PRODUCT_IMAGE_POLICY, ENTERPRISE_UPLOAD_POLICY, PENDING_UPLOAD_QUOTA, pendingUploadQuotaProblem, type EnterpriseUploadPurpose } from "../upload-rules"

export interface EnterpriseUploadFile {
  filename: string
  /** As the client declared it; recorded for reference only, the bytes decide the type. */
  mimeType: string
  /** Base64, as Medusa's own upload route hands files to the file module. */
  content: string
}

/**
 * Refuses the whole request when any file breaks the rules (so nothing is half-uploaded), or when a
 * pending applicant would go over its daily quota, and returns what to give the file module: safe
 * names, the type the bytes showed, re-encoded images, and the access the purpose needs: product
 * pictures are public, documents (licences, test reports) never are.
 */
export const checkUploadsStep = createStep(
  "check-enterprise-uploads",
  async (input: { enterprise_id: string; enterprise_status?: string; purpose?: EnterpriseUploadPurpose; files: EnterpriseUploadFile[] }, { container }) => {
    const isPublic = input.purpose === "product_image"
    const policy = isPublic ? ENTERPRISE_PRODUCT_IMAGE_POLICY : ENTERPRISE_UPLOAD_POLICY
    if (input.files.length === 0) throw new MedusaError(MedusaError.Types.INVALID_DATA, "files: no file was uploaded; send them as multipart/form-data field \"files\"")
    if (input.files.length > policy.maxFiles) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `files: at most ${policy.maxFiles} files per request`)
    }
    const admitted: AdmittedUpload[] = []
    const refusals: (Refusal & { file: EnterpriseUploadFile })[] = []
    for (const file of input.files) {
      const result = await admitUpload({ filename: file.filename, content: Buffer.from(file.content, "base64") }, policy, input.enterprise_id)
      if (isRefusal(result)) refusals.push({ file, ...result })
      else admitted.push(result)
    }
    if (refusals.length > 0) {
      throw codedError({ code: refusals[0]!.code, params: { file: refusals[0]!.file.filename }, message: `files: ${refusals.map((r) => r.message).join("; ")}` })
    }
    if (input.enterprise_status === "pending") {
      const since = new Date(Date.now() - PENDING_UPLOAD_QUOTA.windowHours * 3600 * 1000)
      const recent = await container
        .resolve<CertificationModuleService>(CERTIFICATION_MODULE)
        .listEnterpriseUploads({ enterprise_id: input.enterprise_id, created_at: { $gte: since } }, { select: ["id", "size"], withDeleted: true })
      const used = { files: recent.length, bytes: recent.reduce((sum, u) => sum + Number(u.size), 0) }
      const problem = pendingUploadQuotaProblem(used, { files: admitted.length, bytes: admitted.reduce((sum, a) => sum + a.content.length, 0) })
      if (problem) throw codedError({ code: problem.code, params: { files: PENDING_UPLOAD_QUOTA.files, mb: PENDING_UPLOAD_QUOTA.bytes / 1024 / 1024 }, message: problem.message }, MedusaError.Types.NOT_ALLOWED)
    }
    return new StepResponse(
      admitted.map((a) => ({ filename: a.filename, mimeType: a.mimeType, content: a.content.toString("base64"), access: isPublic ? ("public" as const) : ("private" as const) }))
    )
  }
)
