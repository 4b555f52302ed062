import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CERTIFICATION_MODULE } from "../../../../../modules/certification"
import type CertificationModuleService from "../../../../../modules/certification/service"
import { certificateStatus } from "../../../../../modules/certification/status"
import { reviewCertificateWorkflow } from "../../../../../workflows/enterprise-certificates/review-certificate"
import type { AdminReviewCertificateType } from "./validators"

/** POST /admin/certificates/:id/review — approve, or reject with a note the enterprise sees, a pending certificate. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminReviewCertificateType>, res: MedusaResponse) => {
  const { decision, note } = req.validatedBody
  await reviewCertificateWorkflow(req.scope).run({ input: { id: req.params.id!, decision, note, reviewed_by: req.auth_context.actor_id } })
  const certificate = await req.scope.resolve<CertificationModuleService>(CERTIFICATION_MODULE).retrieveCertificate(req.params.id!)
  res.json({ certificate: { ...certificate, status: certificateStatus(certificate) } })
}
