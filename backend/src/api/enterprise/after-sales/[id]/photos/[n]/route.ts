import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { reportPhotoType } from "@seleno/domain"
import { ownRequest } from "../../route"

/** GET /enterprise/after-sales/:id/photos/:n — the shopper's n-th photo (0-based), to the enterprise the request is for only. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const row = await ownRequest(req)
  const fileId = ((row.photo_file_ids as unknown as string[] | null) ?? [])[Number(req.params.n)]
  if (!fileId) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Request ${row.id} has no photo ${req.params.n}`)
  const bytes = await req.scope.resolve(Modules.FILE).getAsBuffer(fileId)
  // The type its bytes prove (checked on arrival); never sniffed further by the browser.
  res.setHeader("Content-Type", reportPhotoType(bytes) ?? "application/octet-stream")
  res.setHeader("X-Content-Type-Options", "nosniff")
  res.setHeader("Cache-Control", "private, no-store")
  res.send(bytes)
}
