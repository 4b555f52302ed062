import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { priceFloorsView } from "../../../lib/funding/enterprise-views"
import { setPriceFloorWorkflow } from "../../../workflows/funding/set-price-floor"
import { enterpriseOf } from "../context"
import type { EnterpriseSetPriceFloorType } from "./validators"

/** GET /enterprise/price-floors — every own variant with its price and floor. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ price_floors: await priceFloorsView(req.scope, enterpriseOf(req).enterpriseId) })
}

/** POST /enterprise/price-floors — set (amount) or remove (null) one own variant's floor. */
export const POST = async (req: AuthenticatedMedusaRequest<EnterpriseSetPriceFloorType>, res: MedusaResponse) => {
  const { enterpriseId } = enterpriseOf(req)
  await setPriceFloorWorkflow(req.scope).run({ input: { enterprise_id: enterpriseId, ...req.validatedBody } })
  res.json({ price_floors: await priceFloorsView(req.scope, enterpriseId) })
}
