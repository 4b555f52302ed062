import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StaffSerialSignalList } from "@seleno/domain"
import type { AdminListFlaggedSerialsType } from "../trace-batches/validators"
import { listSerialSignals } from "./signals"

/**
 * GET /admin/flagged-serials[?state=suspicious|confirmed] — package serials whose scans crossed the
 * counterfeit thresholds (suspicious) or that staff confirmed, with their evidence.
 */
export const GET = async (req: MedusaRequest<unknown, AdminListFlaggedSerialsType>, res: MedusaResponse<StaffSerialSignalList>) => {
  const { state } = req.validatedQuery as AdminListFlaggedSerialsType
  const serials = await listSerialSignals(req.scope, { states: state ? [state] : undefined })
  res.json({ serials, count: serials.length })
}
