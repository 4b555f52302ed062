import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { authorizationDecisionProblem, authorizationRequestProblem, type AuthorizationRequestProblemCode, type AuthorizationRequestStatus } from "@seleno/domain"
import { MedusaError } from "@medusajs/framework/utils"
import { codedError } from "../../lib/coded-error"
import { AUTHORIZATION_REQUEST_DECIDED, AUTHORIZATION_REQUESTED } from "../../lib/events"
import { ENTERPRISE_MODULE } from "../../modules/enterprise"
import type EnterpriseModuleService from "../../modules/enterprise/service"
import { brandGrantProblem, grantBrandAuthorizationStep } from "./steps/grant-brand-authorization"


const PROBLEM_TEXT: Record<Exclude<AuthorizationRequestProblemCode, "authorization_request_brand" | "authorization_request_categories">, string> = {
  authorization_request_pending: "You already have a request for this brand waiting for the platform; wait for its decision",
  authorization_request_decided: "This request has already been decided",
}

export interface RequestBrandAuthorizationInput {
  enterprise_id: string
  brand_id: string
  category_handles: string[]
  note?: string | null
}

const service = (container: { resolve: <T>(key: string) => T }) => container.resolve<EnterpriseModuleService>(ENTERPRISE_MODULE)

/** Records the request after checking the brand, categories and that none for the brand is open. */
const createRequestStep = createStep(
  "create-brand-authorization-request",
  async (input: RequestBrandAuthorizationInput, { container }) => {
    const invalid = await brandGrantProblem(container, input.brand_id, input.category_handles)
    if (invalid) throw codedError(invalid)
    const open = await service(container).listBrandAuthorizationRequests({ enterprise_id: input.enterprise_id, status: "pending" }, { select: ["brand_id"] })
    const problem = authorizationRequestProblem({ brandId: input.brand_id, openRequestBrandIds: open.map((r) => r.brand_id) })
    if (problem) throw codedError({ code: problem, params: {}, message: PROBLEM_TEXT.authorization_request_pending })
    const request = await service(container).createBrandAuthorizationRequests({ ...input, note: input.note ?? null })
    return new StepResponse(request, request.id)
  },
  async (id, { container }) => {
    if (id) await service(container).deleteBrandAuthorizationRequests(id)
  }
)

/** An enterprise asks to sell under a brand; staff are told (event AUTHORIZATION_REQUESTED). */
export const requestBrandAuthorizationWorkflow = createWorkflow("request-brand-authorization", (input: RequestBrandAuthorizationInput) => {
  const request = createRequestStep(input)
  emitEventStep({ eventName: AUTHORIZATION_REQUESTED, data: transform({ request }, ({ request }) => ({ id: request.id })) })
  return new WorkflowResponse(request)
})

export type DecideAuthorizationRequestInput = { id: string } & (
  | { decision: "grant"; category_handles: string[]; valid_from?: Date; valid_until: Date; note?: string }
  | { decision: "refuse"; note: string }
)

interface PendingRequest {
  id: string
  enterprise_id: string
  brand_id: string
}

const loadPendingStep = createStep("load-pending-brand-authorization-request", async (id: string, { container }) => {
  const [request] = await service(container).listBrandAuthorizationRequests({ id }, { select: ["id", "enterprise_id", "brand_id", "status"] })
  if (!request) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No brand authorization request ${id}`)
  const problem = authorizationDecisionProblem(request.status as AuthorizationRequestStatus)
  if (problem) throw codedError({ code: problem, params: {}, message: PROBLEM_TEXT.authorization_request_decided })
  return new StepResponse({ id: request.id, enterprise_id: request.enterprise_id as string, brand_id: request.brand_id } satisfies PendingRequest)
})

/** Marks the request decided; undone by opening it again. */
const markDecidedStep = createStep(
  "mark-brand-authorization-request-decided",
  async (input: { id: string; status: "granted" | "refused"; decision_note: string | null; brand_authorization_id: string | null }, { container }) => {
    const updated = await service(container).updateBrandAuthorizationRequests({ ...input, decided_at: new Date() })
    return new StepResponse(updated, input.id)
  },
  async (id, { container }) => {
    if (id) await service(container).updateBrandAuthorizationRequests({ id, status: "pending", decision_note: null, decided_at: null, brand_authorization_id: null })
  }
)

/**
 * Staff decide a request once: a grant makes the brand authorization with the categories and end
 * date staff chose (they may narrow what was asked); a refusal says why. The enterprise is told.
 */
export const decideBrandAuthorizationRequestWorkflow = createWorkflow("decide-brand-authorization-request", (input: DecideAuthorizationRequestInput) => {
  const request = loadPendingStep(input.id)
  const granted = when({ input }, ({ input }) => input.decision === "grant").then(() =>
    grantBrandAuthorizationStep(
      transform({ input, request }, ({ input, request }) => {
        const grant = input as Extract<DecideAuthorizationRequestInput, { decision: "grant" }>
        return { enterprise_id: request.enterprise_id, brand_id: request.brand_id, category_handles: grant.category_handles, valid_from: grant.valid_from ?? new Date(), valid_until: grant.valid_until }
      })
    )
  )
  const decided = markDecidedStep(
    transform({ input, granted }, ({ input, granted }) => ({
      id: input.id,
      status: input.decision === "grant" ? ("granted" as const) : ("refused" as const),
      decision_note: input.note ?? null,
      brand_authorization_id: granted?.id ?? null,
    }))
  )
  emitEventStep({ eventName: AUTHORIZATION_REQUEST_DECIDED, data: transform({ input, decided }, ({ input, decided }) => ({ id: decided.id, decision: input.decision })) })
  return new WorkflowResponse(decided)
})
