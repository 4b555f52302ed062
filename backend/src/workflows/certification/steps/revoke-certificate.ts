import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CERTIFICATION_MODULE } from "../../../modules/certification"
import type CertificationModuleService from "../../../modules/certification/service"

/**
 * Revokes a certificate now (404 for an unknown id). A certificate revoked before keeps its first
 * revocation date. Undone by writing the previous revocation date back.
 */
export const revokeCertificateStep = createStep(
  "revoke-certificate",
  async (input: { id: string }, { container }) => {
    const service = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
    const current = await service.retrieveCertificate(input.id, { select: ["id", "revoked_at"] })
    if (current.revoked_at) return new StepResponse(await service.retrieveCertificate(input.id), null)
    const certificate = await service.updateCertificates({ id: input.id, revoked_at: new Date() })
    return new StepResponse(certificate, { id: input.id, revoked_at: null })
  },
  async (before, { container }) => {
    if (before) await container.resolve<CertificationModuleService>(CERTIFICATION_MODULE).updateCertificates(before)
  }
)
