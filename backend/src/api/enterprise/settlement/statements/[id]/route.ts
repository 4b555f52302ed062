import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { statementById } from "../../../../../lib/settlement-statement"
import { enterpriseOf } from "../../../context"

/** GET /enterprise/settlement/statements/:id — one of the caller's closed statements; another's is "not found". */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { enterpriseId } = enterpriseOf(req)
  const statement = await statementById(req.scope, req.params.id!, enterpriseId)
  if (!statement) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Statement with id ${req.params.id} was not found`)
  res.json({ statement })
}
