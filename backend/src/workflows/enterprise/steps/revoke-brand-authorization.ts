import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ENTERPRISE_MODULE } from "../../../modules/enterprise"
import type EnterpriseModuleService from "../../../modules/enterprise/service"

/** Ends a brand authorization at once; undone by clearing the revocation. */
export const revokeBrandAuthorizationStep = createStep(
  "revoke-brand-authorization",
  async (id: string, { container }) => {
    const service = container.resolve<EnterpriseModuleService>(ENTERPRISE_MODULE)
    const before = await service.retrieveBrandAuthorization(id, { select: ["id", "revoked_at"] })
    const authorization = await service.updateBrandAuthorizations({ id, revoked_at: before.revoked_at ?? new Date() })
    return new StepResponse(authorization, before)
  },
  async (before, { container }) => {
    if (before) await container.resolve<EnterpriseModuleService>(ENTERPRISE_MODULE).updateBrandAuthorizations({ id: before.id, revoked_at: before.revoked_at })
  }
)
