import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { discountConsentView } from "../../../lib/funding/enterprise-views"
import { setDiscountConsentWorkflow } from "../../../workflows/funding/set-discount-consent"
import { enterpriseOf } from "../context"
import type { EnterpriseSetDiscountConsentType } from "./validators"

/** GET /enterprise/discount-consent — the caller's standing answer and the enterprise-funded discounts that want its products. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ discount_consent: await discountConsentView(req.scope, enterpriseOf(req).enterpriseId) })
}

/** POST /enterprise/discount-consent — opt in to or out of enterprise-funded discounts. */
export const POST = async (req: AuthenticatedMedusaRequest<EnterpriseSetDiscountConsentType>, res: MedusaResponse) => {
  const { enterpriseId } = enterpriseOf(req)
  await setDiscountConsentWorkflow(req.scope).run({ input: { enterprise_id: enterpriseId, accepts_enterprise_funded: req.validatedBody.accepts_enterprise_funded } })
  res.json({ discount_consent: await discountConsentView(req.scope, enterpriseId) })
}
