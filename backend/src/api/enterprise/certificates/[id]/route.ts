import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { CertificateFacts } from "../../../../modules/certification/status"
import { assertOwnCertificate } from "../../../../workflows/enterprise-certificates/ownership"
import { enterpriseOf } from "../../context"
import { ENTERPRISE_CERTIFICATE_FIELDS, withStatus } from "../fields"

/** GET /enterprise/certificates/:id — one of the caller's certificates; another enterprise's is "not found". */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await assertOwnCertificate(req.scope, enterpriseOf(req).enterpriseId, req.params.id!)
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "certificate",
    fields: ENTERPRISE_CERTIFICATE_FIELDS,
    filters: { id: req.params.id! },
  })
  // The link outlives a rejected certificate that was replaced (soft-deleted) by a new submission.
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Certificate with id: ${req.params.id} was not found`)
  res.json({ certificate: withStatus(data[0] as unknown as CertificateFacts) })
}
