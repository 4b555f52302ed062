import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendPrivateUpload } from "../../../../lib/uploads/private-file"

/**
 * GET /admin/files/:id — an enterprise's private upload (licence, test report) for platform staff
 * reviewing it. Marketing staff are refused by the staff-role middleware (not in their allow-list).
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await sendPrivateUpload(req.scope, res, req.params.id!, null)
}
