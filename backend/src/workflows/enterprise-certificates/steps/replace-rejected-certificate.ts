import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CERTIFICATION_MODULE } from "../../../modules/certification"
import type CertificationModuleService from "../../../modules/certification/service"
import { certificateIdsOf } from "../ownership"

/**
 * An issuer's certificate number is unique, so after a rejection ("the report lacks the lab's
 * stamp") the enterprise could never send the same certificate again. Submitting it again replaces
 * the enterprise's own rejected one (soft-deleted, so the record stays in the database); a pending
 * or approved one, or another enterprise's, is left alone and the duplicate check refuses as before.
 * Undone by restoring it.
 */
export const replaceRejectedCertificateStep = createStep(
  "replace-rejected-certificate",
  async (input: { enterprise_id: string; issuer_id: string; number: string }, { container }) => {
    const service = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
    // An issuer outside the register is refused by the intake check that follows.
    const [issuer] = await service.listIssuers({ id: input.issuer_id }, { select: ["name"] })
    if (!issuer) return new StepResponse(null)
    const [existing] = await service.listCertificates({ issuer: issuer.name, number: input.number }, { select: ["id", "review_status"] })
    if (!existing || existing.review_status !== "rejected") return new StepResponse(null)
    const own = await certificateIdsOf(container, input.enterprise_id)
    if (!own.includes(existing.id)) {
      throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `${issuer.name} already issued a certificate numbered ${input.number}`)
    }
    await service.softDeleteCertificates(existing.id)
    return new StepResponse(existing.id, existing.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<CertificationModuleService>(CERTIFICATION_MODULE).restoreCertificates(id)
  }
)
