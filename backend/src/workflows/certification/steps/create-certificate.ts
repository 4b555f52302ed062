import type { LinkDefinition } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { findStandard, type StandardCategory } from "@seleno/domain"
import { CERTIFICATION_MODULE } from "../../../modules/certification"
import type CertificationModuleService from "../../../modules/certification/service"
import { ENTERPRISE_MODULE } from "../../../modules/enterprise"
import type EnterpriseModuleService from "../../../modules/enterprise/service"

export interface CreateCertificateInput {
  number: string
  issuer: string
  subject: "product" | "enterprise" | "base"
  standard_code: string
  category: StandardCategory
  measured_mg_per_kg?: number | null
  test_lab?: string | null
  tested_on?: Date | null
  valid_from: Date
  valid_until: Date
  enterprise_id: string
  product_id?: string | null
  /** Enterprise submissions start "pending" (see workflows/enterprise-certificates); staff entries default to approved. */
  review_status?: "pending" | "approved"
  test_report_url?: string | null
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/** Checks a certificate against the standards and existing data, then creates and links it; undone by deleting it. */
export const createCertificateStep = createStep(
  "create-certificate",
  async (input: CreateCertificateInput, { container }) => {
    const standard = findStandard(input.standard_code)
    if (!standard) throw invalid(`standard_code "${input.standard_code}" is not a selenium standard we know`)
    if (!standard.ranges.some((r) => r.category === input.category)) {
      throw invalid(`category "${input.category}" is not covered by ${standard.code}; it covers ${standard.ranges.map((r) => r.category).join(", ")}`)
    }
    if (new Date(input.valid_until).getTime() <= new Date(input.valid_from).getTime()) throw invalid("valid_until must be after valid_from")
    if (input.subject === "product" && !input.product_id) throw invalid("product_id is required for a product certificate")

    const service = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
    const [duplicate] = await service.listCertificates({ issuer: input.issuer, number: input.number })
    if (duplicate) throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `${input.issuer} already issued a certificate numbered ${input.number}`)
    await container.resolve<EnterpriseModuleService>(ENTERPRISE_MODULE).retrieveEnterprise(input.enterprise_id)
    if (input.product_id) await container.resolve(Modules.PRODUCT).retrieveProduct(input.product_id)

    const { enterprise_id, product_id, ...fields } = input
    const certificate = await service.createCertificates(fields)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const links: LinkDefinition[] = [
      { [ENTERPRISE_MODULE]: { enterprise_id }, [CERTIFICATION_MODULE]: { certificate_id: certificate.id } },
      ...(product_id ? [{ [Modules.PRODUCT]: { product_id }, [CERTIFICATION_MODULE]: { certificate_id: certificate.id } }] : []),
    ]
    await link.create(links)
    return new StepResponse(certificate, { id: certificate.id, links })
  },
  async (created, { container }) => {
    if (!created) return
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss(created.links)
    await container.resolve<CertificationModuleService>(CERTIFICATION_MODULE).deleteCertificates(created.id)
  }
)
