import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assertOwnBatch } from "../../../../../workflows/enterprise-certificates/ownership"
import { GET as adminLabels } from "../../../../admin/trace-batches/[id]/labels/route"
import { enterpriseOf } from "../../../context"

/** GET /enterprise/trace-batches/:id/labels?format=pdf&size=70x42.4 — the batch's label sheet PDF (or ?page=N as SVG), only for its own batch. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await assertOwnBatch(req.scope, enterpriseOf(req).enterpriseId, req.params.id!)
  return adminLabels(req, res)
}
