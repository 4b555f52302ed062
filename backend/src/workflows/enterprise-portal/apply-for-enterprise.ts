import { emitEventStep, setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ENTERPRISE_APPLIED } from "../../lib/events"
import { createEnterprisesStep, type CreateEnterpriseInput } from "../enterprise/steps/create-enterprises"
import { createEnterpriseAccountStep } from "./steps/create-enterprise-account"

export const ENTERPRISE_ACTOR = "enterprise"

export interface EnterpriseApplicationInput {
  /** The auth identity that registered with POST /auth/enterprise/emailpass/register. */
  auth_identity_id: string
  email: string
  applicant_name?: string | null
  enterprise: Omit<CreateEnterpriseInput, "status" | "bases" | "handle"> & { handle?: string; licence_file_url?: string | null }
}

/**
 * An enterprise applies to sell: the enterprise is created pending review, the applicant becomes
 * its owner account, and their login is bound to that account (actor type `enterprise`). Each step
 * undoes itself if a later one fails, so a refused application leaves nothing behind.
 */
export const applyForEnterpriseWorkflow = createWorkflow("apply-for-enterprise", (input: EnterpriseApplicationInput) => {
  const enterpriseInput = transform({ input }, ({ input }) => [
    {
      ...input.enterprise,
      // A credit code names one legal entity, and is all letters and digits: a ready-made handle.
      handle: input.enterprise.handle ?? input.enterprise.credit_code.toLowerCase(),
      status: "pending" as const,
    },
  ])
  const enterprises = createEnterprisesStep(enterpriseInput)
  const accountInput = transform({ input, enterprises }, ({ input, enterprises }) => ({
    enterprise_id: enterprises[0]!.id,
    email: input.email,
    name: input.applicant_name ?? null,
    role: "owner" as const,
  }))
  const account = createEnterpriseAccountStep(accountInput)
  const metadata = transform({ input, account }, ({ input, account }) => ({
    authIdentityId: input.auth_identity_id,
    actorType: ENTERPRISE_ACTOR,
    value: account.id,
  }))
  setAuthAppMetadataStep(metadata)
  // Platform staff hear of the application waiting for them.
  emitEventStep({ eventName: ENTERPRISE_APPLIED, data: transform({ enterprises }, ({ enterprises }) => ({ id: enterprises[0]!.id })) })
  return new WorkflowResponse(transform({ enterprises, account }, ({ enterprises, account }) => ({ enterprise: enterprises[0]!, account })))
})
