import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { issuerProblem, measuredProblem } from "@seleno/domain"
import { codedError } from "../../lib/coded-error"
import { CERTIFICATION_MODULE } from "../../modules/certification"
import type CertificationModuleService from "../../modules/certification/service"
import { loadStandardBook } from "./standard-book"

export interface IntakeFacts {
  issuer_id: string | null
  standard_code: string
  category: string
  measured_mg_per_kg: number | null | undefined
}

/**
 * The intake checks shared by a staff entry, an enterprise submission and an approval: the standard
 * is in the register with a range for the category, the measured value lies inside it, and the
 * issuer is an active accredited body whose scope covers the category and standard. Throws a 400
 * with a code and params; returns the issuer's register entry.
 */
export async function checkCertificateIntake(container: MedusaContainer, facts: IntakeFacts): Promise<{ id: string; name: string }> {
  const standards = await loadStandardBook(container.resolve(ContainerRegistrationKeys.QUERY), [facts.standard_code])
  const measured = measuredProblem(standards.get(facts.standard_code), facts)
  if (measured) throw codedError(measured)

  const service = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
  const [issuer] = facts.issuer_id ? await service.listIssuers({ id: facts.issuer_id }) : []
  const problem = issuerProblem(issuer, { ...facts, issuer_id: facts.issuer_id ?? "(none)" })
  if (problem) throw codedError(problem)
  return { id: issuer!.id, name: issuer!.name }
}
