import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assertOwnBatch } from "../../../../../workflows/enterprise-certificates/ownership"
import { GET as adminLabels } from "../../../../admin/trace-batches/[id]/labels/route"
import { enterpriseOf } from "../../../context"

/** GET /enterprise/trace-batches/:id/labels?page=1 — an A4 SVG page of the batch's package labels; X-Label-Pages says how many. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await assertOwnBatch(req.scope, enterpriseOf(req).enterpriseId, req.params.id!)
  return adminLabels(req, res)
}
