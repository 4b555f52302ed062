import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { uploadEnterpriseFilesWorkflow } from "../../../workflows/enterprise-certificates/upload-files"
import { ENTERPRISE_UPLOAD_PURPOSES, type EnterpriseUploadPurpose } from "../../../workflows/enterprise-certificates/upload-rules"
import { enterpriseOf } from "../context"

type Received = { originalname: string; mimetype: string; buffer: Buffer }

/**
 * POST /enterprise/uploads (multipart, field "files") — stores up to 5 JPEG/PNG/WebP/PDF files of
 * at most 5 MB through the file module; only the uploading enterprise may reference them later.
 * Documents (the default) are private: each answered `url` is the backend path
 * `/enterprise/files/:id`, not a storage URL. Multipart field `purpose=product_image` stores public
 * product pictures (images only) under their storage URL.
 */
function purposeOf(body: unknown): EnterpriseUploadPurpose {
  const purpose = (body as { purpose?: unknown } | undefined)?.purpose
  if (purpose === undefined || purpose === "") return "document"
  if (!(ENTERPRISE_UPLOAD_PURPOSES as readonly unknown[]).includes(purpose)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `purpose: "${String(purpose)}" is not one of ${ENTERPRISE_UPLOAD_PURPOSES.join(", ")}; send product_image for product pictures, leave it out for documents`)
  }
  return purpose as EnterpriseUploadPurpose
}

export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const received = ((req as unknown as { files?: Received[] }).files ?? []) as Received[]
  const { result } = await uploadEnterpriseFilesWorkflow(req.scope).run({
    input: {
      enterprise_id: enterpriseOf(req).enterpriseId,
      enterprise_status: enterpriseOf(req).status,
      purpose: purposeOf(req.body),
      files: received.map((f) => ({ filename: f.originalname, mimeType: f.mimetype, content: f.buffer.toString("base64") })),
    },
  })
  res.status(201).json({ files: result.map(({ id, url, filename, mime_type, size }) => ({ id, url, filename, mime_type, size })) })
}
