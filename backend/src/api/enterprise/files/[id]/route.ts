import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendPrivateUpload } from "../../../../lib/uploads/private-file"
import { enterpriseOf } from "../../context"

/** GET /enterprise/files/:id — one of the caller's own private uploads (licence, test report), as a download. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await sendPrivateUpload(req.scope, res, req.params.id!, enterpriseOf(req).enterpriseId)
}
