import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createInviteStep } from "../enterprise-portal/invite-staff"
import { createEnterprisesStep, type CreateEnterpriseInput } from "./steps/create-enterprises"

export const createEnterprisesWorkflow = createWorkflow("create-enterprises", (input: { enterprises: CreateEnterpriseInput[] }) => {
  return new WorkflowResponse(createEnterprisesStep(input.enterprises))
})

/**
 * Staff register an enterprise and, given its owner's e-mail, invite the owner in the same go, so
 * the enterprise is not left without a login; either both happen or neither.
 */
export const registerEnterpriseWorkflow = createWorkflow(
  "register-enterprise",
  (input: { enterprise: CreateEnterpriseInput; owner_email?: string }) => {
    const created = createEnterprisesStep(transform({ input }, ({ input }) => [input.enterprise]))
    const enterprise = transform({ created }, ({ created }) => created[0]!)
    const invite = when({ input }, ({ input }) => Boolean(input.owner_email)).then(() =>
      createInviteStep(
        transform({ input, enterprise }, ({ input, enterprise }) => ({
          enterprise_id: enterprise.id,
          inviter_role: "platform" as const,
          email: input.owner_email!,
          role: "owner" as const,
        }))
      )
    )
    return new WorkflowResponse({ enterprise, invite })
  }
)
