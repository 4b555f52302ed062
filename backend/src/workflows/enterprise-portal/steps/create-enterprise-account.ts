import type { EnterpriseRole } from "@seleno/domain"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { ENTERPRISE_MODULE } from "../../../modules/enterprise"
import type EnterpriseModuleService from "../../../modules/enterprise/service"

export interface CreateEnterpriseAccountInput {
  enterprise_id: string
  email: string
  name?: string | null
  role: EnterpriseRole
}

/** Adds a portal account to an enterprise; one e-mail signs in for one enterprise only. */
export const createEnterpriseAccountStep = createStep(
  "create-enterprise-account",
  async (input: CreateEnterpriseAccountInput, { container }) => {
    const service = container.resolve<EnterpriseModuleService>(ENTERPRISE_MODULE)
    const email = input.email.trim().toLowerCase()
    const [existing] = await service.listEnterpriseAccounts({ email }, { select: ["id"] })
    if (existing) throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `email "${email}" already belongs to an enterprise account`)
    const account = await service.createEnterpriseAccounts({ ...input, email })
    return new StepResponse(account, account.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<EnterpriseModuleService>(ENTERPRISE_MODULE).deleteEnterpriseAccounts(id)
  }
)
