import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assertOwnBatch } from "../../../../workflows/enterprise-certificates/ownership"
import { GET as adminBatch } from "../../../admin/trace-batches/[id]/route"
import { enterpriseOf } from "../../context"

/** GET /enterprise/trace-batches/:id — one of the caller's batches with its events and serial count (as the admin sees it). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await assertOwnBatch(req.scope, enterpriseOf(req).enterpriseId, req.params.id!)
  return adminBatch(req, res)
}
