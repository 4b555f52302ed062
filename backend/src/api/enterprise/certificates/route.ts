import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { CertificateFacts } from "../../../modules/certification/status"
import { certificateIdsOf } from "../../../workflows/enterprise-certificates/ownership"
import { submitEnterpriseCertificateWorkflow } from "../../../workflows/enterprise-certificates/submit-certificate"
import { enterpriseOf } from "../context"
import { ENTERPRISE_CERTIFICATE_FIELDS, withStatus } from "./fields"
import type { EnterpriseSubmitCertificateType } from "./validators"

/** GET /enterprise/certificates — the caller's certificates, newest first, with validity and review status. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const ids = await certificateIdsOf(req.scope, enterpriseOf(req).enterpriseId)
  if (ids.length === 0) return void res.json({ certificates: [], count: 0 })
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "certificate",
    fields: ENTERPRISE_CERTIFICATE_FIELDS,
    filters: { id: ids },
    pagination: { order: { created_at: "DESC" } },
  })
  const certificates = (data as unknown as CertificateFacts[]).map(withStatus)
  res.json({ certificates, count: certificates.length })
}

/** POST /enterprise/certificates — submits a certificate with its test report; it stays pending until staff approve it. */
export const POST = async (req: AuthenticatedMedusaRequest<EnterpriseSubmitCertificateType>, res: MedusaResponse) => {
  const { enterpriseId } = enterpriseOf(req)
  const { result } = await submitEnterpriseCertificateWorkflow(req.scope).run({ input: { ...req.validatedBody, enterprise_id: enterpriseId } })
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "certificate",
    fields: ENTERPRISE_CERTIFICATE_FIELDS,
    filters: { id: result.id },
  })
  res.status(201).json({ certificate: withStatus(data[0] as unknown as CertificateFacts) })
}
