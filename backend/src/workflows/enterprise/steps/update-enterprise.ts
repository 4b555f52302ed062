import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ENTERPRISE_MODULE } from "../../../modules/enterprise"
import type EnterpriseModuleService from "../../../modules/enterprise/service"

export interface UpdateEnterpriseInput {
  id: string
  name?: string
  credit_code?: string
  kind?: "company" | "cooperative" | "family_farm"
  county?: string
  description?: string | null
  contact_name?: string | null
  contact_phone?: string | null
  status?: "pending" | "active" | "rejected" | "suspended"
  review_note?: string | null
  commission_bps?: number
  licence_file_url?: string | null
}

/**
 * Changes an enterprise's profile or standing. Suspension needs nothing more here: badges and
 * brand rights are computed from the status at read time. Undone by writing the old values back.
 */
export const updateEnterpriseStep = createStep(
  "update-enterprise",
  async (input: UpdateEnterpriseInput, { container }) => {
    const service = container.resolve<EnterpriseModuleService>(ENTERPRISE_MODULE)
    const { id, ...changes } = input
    const current = (await service.retrieveEnterprise(id, { select: ["id", ...Object.keys(changes)] })) as unknown as Record<string, unknown>
    const before = { id, ...Object.fromEntries(Object.keys(changes).map((key) => [key, current[key]])) } as UpdateEnterpriseInput
    const enterprise = await service.updateEnterprises({ id, ...changes })
    return new StepResponse(enterprise, before)
  },
  async (before, { container }) => {
    if (before) await container.resolve<EnterpriseModuleService>(ENTERPRISE_MODULE).updateEnterprises(before)
  }
)
