import { uploadFilesStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkUploadsStep, type EnterpriseUploadFile } from "./steps/check-uploads"
import { recordEnterpriseUploadsStep } from "./steps/record-enterprise-uploads"

/**
 * Stores an enterprise's files through Medusa's file module (as POST /admin/uploads does) after the
 * content, size and count checks, and records the enterprise as their owner. If recording fails, the
 * file module's own step deletes the stored files again.
 */
export const uploadEnterpriseFilesWorkflow = createWorkflow(
  "upload-enterprise-files",
  (input: { enterprise_id: string; files: EnterpriseUploadFile[] }) => {
    const toStore = checkUploadsStep(input)
    const stored = uploadFilesStep({ files: toStore })
    const records = transform({ input, stored, toStore }, ({ input, stored, toStore }) => ({
      enterprise_id: input.enterprise_id,
      files: stored.map((file, i) => ({
        file_id: file.id,
        url: file.url,
        filename: input.files[i]!.filename,
        // The type its bytes showed, not the one the client declared.
        mime_type: toStore[i]!.mimeType,
        size: Buffer.byteLength(input.files[i]!.content, "base64"),
      })),
    }))
    return new WorkflowResponse(recordEnterpriseUploadsStep(records))
  }
)
