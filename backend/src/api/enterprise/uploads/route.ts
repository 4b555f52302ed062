import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { uploadEnterpriseFilesWorkflow } from "../../../workflows/enterprise-certificates/upload-files"
import { enterpriseOf } from "../context"

type Received = { originalname: string; mimetype: string; buffer: Buffer }

/**
 * POST /enterprise/uploads (multipart, field "files") — stores up to 5 JPEG/PNG/WebP/PDF files of
 * at most 5 MB through the file module; only the uploading enterprise may reference them later.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const received = ((req as unknown as { files?: Received[] }).files ?? []) as Received[]
  const { result } = await uploadEnterpriseFilesWorkflow(req.scope).run({
    input: {
      enterprise_id: enterpriseOf(req).enterpriseId,
      files: received.map((f) => ({ filename: f.originalname, mimeType: f.mimetype, content: f.buffer.toString("base64") })),
    },
  })
  res.status(201).json({ files: result.map(({ id, url, filename, mime_type, size }) => ({ id, url, filename, mime_type, size })) })
}
