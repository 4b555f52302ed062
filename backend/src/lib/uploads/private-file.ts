import type { MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { CERTIFICATION_MODULE } from "../../modules/certification"
import type CertificationModuleService from "../../modules/certification/service"
import { sendStoredFile } from "./serve-file"

/**
 * Streams one private enterprise upload as a download nobody may cache. `enterpriseId` limits the
 * lookup to that enterprise's own uploads (the portal); platform staff pass null. Another
 * enterprise's id answers 404, exactly as an id that does not exist.
 */
export async function sendPrivateUpload(container: MedusaContainer, res: MedusaResponse, uploadId: string, enterpriseId: string | null): Promise<void> {
  const filters = enterpriseId ? { id: uploadId, enterprise_id: enterpriseId } : { id: uploadId }
  const [upload] = await container.resolve<CertificationModuleService>(CERTIFICATION_MODULE).listEnterpriseUploads(filters, { select: ["id", "file_id", "filename"], take: 1 })
  const sent = upload && (await sendStoredFile(container, res, { key: upload.file_id, filename: upload.filename, cache: "private", forceDownload: true }))
  if (!sent) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No file ${uploadId} is stored for you; open it from the page that lists it`)
}
