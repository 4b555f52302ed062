import type { LinkDefinition } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CertificateCategory, CertificateSubject } from "@seleno/domain"
import { CERTIFICATION_MODULE } from "../../../modules/certification"
import type CertificationModuleService from "../../../modules/certification/service"
import { ENTERPRISE_MODULE } from "../../../modules/enterprise"
import type EnterpriseModuleService from "../../../modules/enterprise/service"
import { checkCertificateIntake } from "../intake"

export interface CreateCertificateInput {
  number: string
  /** An accredited body in the register (its name is printed on the certificate). */
  issuer_id: string
  subject: CertificateSubject
  standard_code: string
  category: CertificateCategory
  measured_mg_per_kg: number
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

/** Checks a certificate at intake (standard range, issuer register) and against existing data, then creates and links it; undone by deleting it. */
export const createCertificateStep = createStep(
  "create-certificate",
  async (input: CreateCertificateInput, { container }) => {
    if (new Date(input.valid_until).getTime() <= new Date(input.valid_from).getTime()) throw invalid("valid_until must be after valid_from")
    if (input.subject === "product" && !input.product_id) throw invalid("product_id is required for a product certificate")

    const issuer = await checkCertificateIntake(container, input)

    const service = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
    const [duplicate] = await service.listCertificates({ issuer: issuer.name, number: input.number })
    if (duplicate) throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `${issuer.name} already issued a certificate numbered ${input.number}`)
    await container.resolve<EnterpriseModuleService>(ENTERPRISE_MODULE).retrieveEnterprise(input.enterprise_id)
    if (input.product_id) await container.resolve(Modules.PRODUCT).retrieveProduct(input.product_id)

    const { enterprise_id, product_id, issuer_id, ...fields } = input
    const certificate = await service.createCertificates({ ...fields, issuer: issuer.name, issued_by_id: issuer_id })
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
