import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CERTIFICATION_MODULE } from "../../../modules/certification"
import type CertificationModuleService from "../../../modules/certification/service"
import { checkCertificateIntake } from "../../certification/intake"

export interface ReviewCertificateInput {
  id: string
  decision: "approve" | "reject"
  note?: string | null
  /** The admin user deciding. */
  reviewed_by: string
}

const REVIEW_FIELDS = ["id", "review_status", "review_note", "reviewed_at", "reviewed_by"] as const

/**
 * Records the platform's decision on a submitted certificate; only a pending one can be decided, so a
 * decision is never silently overwritten. An approval passes the intake checks again, as the register
 * (ranges, issuers) may have changed since the submission. Returns the products it covers, whose badges may change.
 * Undone by restoring the review fields as they were.
 */
export const reviewCertificateStep = createStep(
  "review-certificate",
  async (input: ReviewCertificateInput, { container }) => {
    const service = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
    const before = await service.retrieveCertificate(input.id, { select: [...REVIEW_FIELDS] })
    if (before.review_status !== "pending") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Certificate ${input.id} is already ${before.review_status}; only pending certificates can be reviewed`)
    }
    if (input.decision === "approve") {
      const facts = await service.retrieveCertificate(input.id, { select: ["issued_by_id", "standard_code", "category", "measured_mg_per_kg"] })
      await checkCertificateIntake(container, { ...facts, issuer_id: facts.issued_by_id })
    }
    const note = input.note?.trim() || null
    if (input.decision === "reject" && !note) throw new MedusaError(MedusaError.Types.INVALID_DATA, "note: say why the certificate is rejected; the enterprise sees it")
    await service.updateCertificates({
      id: input.id,
      review_status: input.decision === "approve" ? "approved" : "rejected",
      review_note: note,
      reviewed_at: new Date(),
      reviewed_by: input.reviewed_by,
    })
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "certificate", fields: ["product.id"], filters: { id: input.id } })
    const productIds = (data as { product?: { id: string } | null }[]).flatMap((c) => (c.product ? [c.product.id] : []))
    return new StepResponse({ product_ids: productIds }, before)
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve<CertificationModuleService>(CERTIFICATION_MODULE).updateCertificates({
      id: before.id,
      review_status: before.review_status,
      review_note: before.review_note,
      reviewed_at: before.reviewed_at,
      reviewed_by: before.reviewed_by,
    })
  }
)
