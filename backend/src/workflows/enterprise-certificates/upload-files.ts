import { acquireLockStep, releaseLockStep, uploadFilesStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { generateEntityId } from "@medusajs/framework/utils"
import { privateFileRef } from "@seleno/domain"
import { checkUploadsStep, type EnterpriseUploadFile } from "./steps/check-uploads"
import type { EnterpriseUploadPurpose } from "./upload-rules"
import { recordEnterpriseUploadsStep } from "./steps/record-enterprise-uploads"

/**
 * Stores an enterprise's files (documents privately, product pictures publicly) through Medusa's file module after the content, size, count
 * and quota checks, and records the enterprise as their owner. What the enterprise gets back (and
 * later attaches to its licence or a certificate) is the backend path that checks who asks, never
 * the storage URL. If recording fails, the file module's own step deletes the stored files again.
 * One enterprise's uploads run one at a time (Medusa's Locking Module, Redis-backed in a cluster), so
 * two simultaneous uploads cannot both pass a pending applicant's daily quota.
 */
export const uploadEnterpriseFilesWorkflow = createWorkflow(
  "upload-enterprise-files",
  (input: { enterprise_id: string; enterprise_status?: string; purpose?: EnterpriseUploadPurpose; files: EnterpriseUploadFile[] }) => {
    const lock = transform({ input }, ({ input }) => ({ key: `enterprise-uploads:${input.enterprise_id}`, timeout: 30, ttl: 120 }))
    acquireLockStep(lock)
    const toStore = checkUploadsStep(input)
    const stored = uploadFilesStep({ files: toStore })
    const records = transform({ input, stored, toStore }, ({ input, stored, toStore }) => ({
      enterprise_id: input.enterprise_id,
      files: stored.map((file, i) => {
        const id = generateEntityId(undefined, "eupl")
        return {
          id,
          file_id: file.id,
          // A product picture keeps its public storage URL; a document only the path that checks who asks.
          url: input.purpose === "product_image" ? file.url : privateFileRef(id),
          filename: input.files[i]!.filename,
          // The type its bytes showed, not the one the client declared.
          mime_type: toStore[i]!.mimeType,
          size: Buffer.byteLength(toStore[i]!.content, "base64"),
        }
      }),
    }))
    const recorded = recordEnterpriseUploadsStep(records)
    releaseLockStep(lock)
    return new WorkflowResponse(recorded)
  }
)
