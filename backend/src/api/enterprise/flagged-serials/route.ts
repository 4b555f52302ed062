import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StaffSerialSignalList } from "@seleno/domain"
import { batchIdsOf } from "../../../workflows/enterprise-certificates/ownership"
import { listSerialSignals } from "../../admin/flagged-serials/signals"
import { enterpriseOf } from "../context"

/**
 * GET /enterprise/flagged-serials — the caller's own package serials that look counterfeit
 * (suspicious) or that staff confirmed, with the evidence; read-only, staff decide.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<StaffSerialSignalList>) => {
  const serials = await listSerialSignals(req.scope, { batchIds: await batchIdsOf(req.scope, enterpriseOf(req).enterpriseId) })
  res.json({ serials, count: serials.length })
}
