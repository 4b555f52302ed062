import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reviewEnterpriseApplicationWorkflow } from "../../../../../workflows/enterprise-portal/review-enterprise-application"
import type { AdminReviewEnterpriseType } from "../../validators"

/** POST /admin/enterprises/:id/review — approve an enterprise's application, or reject it saying why. */
export const POST = async (req: MedusaRequest<AdminReviewEnterpriseType>, res: MedusaResponse) => {
  const { result } = await reviewEnterpriseApplicationWorkflow(req.scope).run({ input: { id: req.params.id!, ...req.validatedBody } })
  res.json({ enterprise: result })
}
