import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ENTERPRISE_MODULE } from "../../../modules/enterprise"
import type EnterpriseModuleService from "../../../modules/enterprise/service"

export interface CreateEnterpriseInput {
  handle: string
  name: string
  description?: string | null
  credit_code: string
  kind: "company" | "cooperative" | "family_farm"
  county: string
  contact_name?: string | null
  contact_phone?: string | null
  status?: "pending" | "active" | "suspended"
  licence_file_url?: string | null
  bases?: { name: string; county: string; location?: string | null; area_mu?: number | null }[]
}

/** Creates enterprises with their bases after checking every credit code; undone by deleting them. */
export const createEnterprisesStep = createStep(
  "create-enterprises",
  async (input: CreateEnterpriseInput[], { container }) => {
    const service = container.resolve<EnterpriseModuleService>(ENTERPRISE_MODULE)
    input.forEach((e) => service.assertCreditCode(e.credit_code))
    for (const e of input) await service.assertNotRegistered(e)
    const enterprises = await service.createEnterprises(input.map(({ bases: _bases, ...e }) => e))
    const ids = enterprises.map((e) => e.id)
    const bases = input.flatMap((e, i) => (e.bases ?? []).map((b) => ({ ...b, enterprise_id: ids[i]! })))
    try {
      if (bases.length > 0) await service.createEnterpriseBases(bases)
    } catch (error) {
      // A failing step is not compensated by the engine, so it cleans up its own half.
      await service.deleteEnterprises(ids)
      throw error
    }
    return new StepResponse(enterprises, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service = container.resolve<EnterpriseModuleService>(ENTERPRISE_MODULE)
    const bases = await service.listEnterpriseBases({ enterprise_id: ids }, { select: ["id"] })
    if (bases.length > 0) await service.deleteEnterpriseBases(bases.map((b) => b.id))
    await service.deleteEnterprises(ids)
  }
)
