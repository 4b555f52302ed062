import { MedusaError, MedusaService } from "@medusajs/framework/utils"
import { rangeInputProblem, type CertificateCategory, type SeleniumRange } from "@seleno/domain"
import Certificate from "./models/certificate"
import EnterpriseUpload from "./models/enterprise-upload"
import Issuer from "./models/issuer"
import SeleniumStandard from "./models/selenium-standard"
import StandardRange from "./models/standard-range"

export type RangeInput = SeleniumRange & { category: CertificateCategory }

export interface IssuerInput {
  name: string
  cma_number?: string | null
  cnas_number?: string | null
  scope_categories: CertificateCategory[]
  scope_standard_codes: string[]
  active: boolean
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

export default class CertificationModuleService extends MedusaService({ Certificate, EnterpriseUpload, Issuer, SeleniumStandard, StandardRange }) {
  /**
   * Enters (or corrects) the figures a standard sets for one category: one row per standard and
   * category. Checked first, so no range with a negative figure or an inverted bound is ever stored.
   */
  async saveStandardRange(standardId: string, input: RangeInput) {
    const problem = rangeInputProblem(input)
    if (problem) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${input.category}: ${problem}`)
    const standard = await this.retrieveSeleniumStandard(standardId, { select: ["id"] })
    const figures = {
      min_mg_per_kg: input.min_mg_per_kg,
      max_mg_per_kg: input.max_mg_per_kg,
      containing_min_mg_per_kg: input.containing_min_mg_per_kg ?? null,
      containing_max_mg_per_kg: input.containing_max_mg_per_kg ?? null,
    }
    const [existing] = await this.listStandardRanges({ standard_id: standard.id, category: input.category }, { select: ["id"] })
    if (existing) return this.updateStandardRanges({ id: existing.id, ...figures })
    return this.createStandardRanges({ ...figures, category: input.category, standard_id: standard.id })
  }

  /** Adds a body to the register of accredited issuers. */
  async registerIssuer(input: IssuerInput) {
    await this.assertIssuerFacts(input)
    return this.createIssuers({ ...input, cma_number: input.cma_number ?? null, cnas_number: input.cnas_number ?? null })
  }

  /** Corrects a body's entry or (de)activates it; an inactive body can issue no new certificate. */
  async reviseIssuer(id: string, changes: Partial<IssuerInput>) {
    const before = await this.retrieveIssuer(id)
    const after = { ...before, ...changes }
    await this.assertIssuerFacts(after, id)
    return this.updateIssuers({ id, ...changes })
  }

  private async assertIssuerFacts(issuer: Omit<IssuerInput, "scope_categories"> & { scope_categories: string[] }, id?: string): Promise<void> {
    if (!issuer.cma_number && !issuer.cnas_number) throw invalid("cma_number or cnas_number: an accredited issuer has at least one")
    const [namesake] = await this.listIssuers({ name: issuer.name }, { select: ["id"] })
    if (namesake && namesake.id !== id) throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `name: ${issuer.name} is already in the register`)
    if (issuer.scope_standard_codes.length === 0) return
    const known = new Set((await this.listSeleniumStandards({ code: issuer.scope_standard_codes }, { select: ["code"] })).map((s) => s.code))
    const unknown = issuer.scope_standard_codes.filter((c) => !known.has(c))
    if (unknown.length) throw invalid(`scope_standard_codes: ${unknown.join(", ")} is not a standard in the register`)
  }
}
