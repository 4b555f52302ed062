import { MedusaError, MedusaService } from "@medusajs/framework/utils"
import { creditCodeProblem } from "@seleno/domain"
import EnterpriseBase from "./models/base"
import BrandAuthorization from "./models/brand-authorization"
import BrandAuthorizationRequest from "./models/brand-authorization-request"
import Enterprise from "./models/enterprise"
import EnterpriseAccount from "./models/enterprise-account"
import EnterpriseInvite from "./models/enterprise-invite"
import EnterpriseProfileChange from "./models/profile-change"

const CREDIT_CODE_PROBLEMS = {
  length: "must be 18 characters",
  alphabet: "may only use digits and the capitals A–Y without I, O, S, V, Z",
  division: "must carry a six-digit administrative division code in positions 3–8",
  check: "has a wrong check character (the 18th); check the code on the business licence",
} as const

export default class EnterpriseModuleService extends MedusaService({
  Enterprise,
  EnterpriseBase,
  BrandAuthorization,
  BrandAuthorizationRequest,
  EnterpriseAccount,
  EnterpriseInvite,
  EnterpriseProfileChange,
}) {
  /** Refuses a unified social credit code that cannot be real, saying what is wrong with it. */
  assertCreditCode(code: string): void {
    const problem = creditCodeProblem(code)
    if (problem) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `credit_code "${code}" ${CREDIT_CODE_PROBLEMS[problem]}`)
    }
  }

  /** Refuses a handle or credit code another enterprise already has; a credit code names one legal entity. */
  async assertNotRegistered(enterprise: { handle: string; credit_code: string }): Promise<void> {
    const [byCode] = await this.listEnterprises({ credit_code: enterprise.credit_code }, { select: ["name"] })
    if (byCode) throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `credit_code "${enterprise.credit_code}" is already registered to ${byCode.name}`)
    const [byHandle] = await this.listEnterprises({ handle: enterprise.handle }, { select: ["id"] })
    if (byHandle) throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `handle "${enterprise.handle}" is already used by another enterprise`)
  }
}
