import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ENTERPRISE_MODULE } from "../../../modules/enterprise"
import type EnterpriseModuleService from "../../../modules/enterprise/service"

export interface CreateEnterpriseBaseInput {
  enterprise_id: string
  name: string
  county: string
  location?: string | null
  area_mu?: number | null
}

/** Adds a production base (基地) to an existing enterprise; undone by deleting it. */
export const createEnterpriseBaseStep = createStep(
  "create-enterprise-base",
  async (input: CreateEnterpriseBaseInput, { container }) => {
    const service = container.resolve<EnterpriseModuleService>(ENTERPRISE_MODULE)
    await service.retrieveEnterprise(input.enterprise_id, { select: ["id"] })
    const base = await service.createEnterpriseBases(input)
    return new StepResponse(base, base.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<EnterpriseModuleService>(ENTERPRISE_MODULE).deleteEnterpriseBases(id)
  }
)
